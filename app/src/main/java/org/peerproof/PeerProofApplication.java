package org.peerproof;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Assembles PeerProof. It sits in the root package so that component, entity and repository
 * scanning covers every module (i18n, domain, portal, admin, app) without listing them.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PeerProofApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PeerProofApplication.class, args);
    }
}
