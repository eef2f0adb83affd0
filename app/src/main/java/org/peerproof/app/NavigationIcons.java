package org.peerproof.app;

import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * The icons of the app bar and the navigation, from the small sprite {@code icons/navigation.svg} rather than
 * Vaadin's icon set: a {@code VaadinIcon} component makes every first page load fetch and parse the whole set
 * (236 KB of script, a 370 ms task on a mid-range phone) for the dozen icons these bars show (docs/benchmarks.md,
 * "Lighthouse"). The sprite's symbols carry the {@code VaadinIcon} names, so the pictures stay the same.
 */
public final class NavigationIcons {

    static final String SPRITE = "icons/navigation.svg";

    private NavigationIcons() {
    }

    /** The icon; its {@code src} is an attribute, so the component's markup alone shows it too. */
    public static SvgIcon create(VaadinIcon icon) {
        return new SvgIcon(SPRITE + "#" + symbol(icon));
    }

    static String symbol(VaadinIcon icon) {
        return icon.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
