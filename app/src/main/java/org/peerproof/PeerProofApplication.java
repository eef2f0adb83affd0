package org.peerproof;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.peerproof.app.pwa.OfflinePage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Assembles PeerProof. It sits in the root package so that component, entity and repository
 * scanning covers every module (i18n, domain, portal, admin, app) without listing them.
 *
 * <p>Installable as a progressive web app, opening in the advocate portal: Vaadin serves the manifest
 * ({@code manifest.webmanifest}), the service worker ({@code sw.js}, built into the production bundle), the icons it
 * derives from {@code META-INF/resources/icons/icon.png} ({@code icons/icon-192x192.png}, {@code -512x512}, ...)
 * and the offline page, which {@link OfflinePage} renders in the reader's language. The
 * theme colour is the Lumo primary colour of styles.css.
 */
@SpringBootApplication
@PWA(name = "PeerProof", shortName = "PeerProof",
        description = "Customer reference program: asks, availability, history and rewards for advocates.",
        themeColor = "#1f6f5c", backgroundColor = "#ffffff", display = "standalone", startPath = "portal",
        offlinePath = OfflinePage.PATH)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PeerProofApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PeerProofApplication.class, args);
    }
}
