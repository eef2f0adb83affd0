package org.peerproof.app.security;

import org.peerproof.app.web.SignInFailedPage;

/** Server-rendered pages anyone may open without signing in: mail action links and the failed sign-in page. */
public final class PublicPages {

    public static final String[] PATTERNS = {"/action/**", SignInFailedPage.PATH};

    private PublicPages() {
    }
}
