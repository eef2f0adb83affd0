import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the PeerProof app icon (a white speech bubble with a check mark on the primary green), 512 x 512, the
 * source Vaadin's @PWA scales to every icon size. Usage:
 * java scripts/pwa-icon.java app/src/main/resources/META-INF/resources/icons/icon.png
 */
public class PwaIcon {

    public static void main(String[] args) throws Exception {
        var size = 512;
        var green = new Color(0x1f6f5c);
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // Full-bleed background: launchers may crop the icon to a circle or a rounded square.
        g.setColor(green);
        g.fillRect(0, 0, size, size);
        // Speech bubble, kept inside the central safe zone.
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(116, 126, 280, 220, 96, 96));
        var tail = new GeneralPath();
        tail.moveTo(176, 330);
        tail.lineTo(246, 330);
        tail.lineTo(158, 398);
        tail.closePath();
        g.fill(tail);
        // Check mark: the proof.
        g.setColor(green);
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var check = new GeneralPath();
        check.moveTo(190, 238);
        check.lineTo(236, 284);
        check.lineTo(324, 194);
        g.draw(check);
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
