"""Derives the realm Keycloak imports in docker/compose.yaml from advocate-hub-realm.json (the dev realm).

The dev realm is tuned for a laptop: demo users with the published password "peerproof", no SMTP, no e-mail
verification. For staging/production this script (run by the one-shot "keycloak-realm" service) writes a copy
with:
  - the demo users removed, unless PEERPROOF_DEMO_USERS=true (a staging stack that loads the app's demo data);
  - the integration tests' redirect address (PEERPROOF_TEST_URL, http://localhost:18080) removed;
  - SMTP configured when KEYCLOAK_SMTP_HOST is set, and then e-mail verification and "forgot password" on.
${...} placeholders are left as they are: Keycloak resolves them from its own environment at import.

usage: python prepare-realm.py SOURCE.json TARGET.json
"""
import json
import os
import sys


TEST_URL = "${PEERPROOF_TEST_URL"


def drop_test_urls(realm):
    """The integration tests' app address (a fixed local port) has no place in a deployed realm."""
    for client in realm.get("clients", []):
        for key in ("redirectUris", "webOrigins"):
            if key in client:
                client[key] = [uri for uri in client[key] if not uri.startswith(TEST_URL)]
        attributes = client.get("attributes", {})
        if "post.logout.redirect.uris" in attributes:
            uris = attributes["post.logout.redirect.uris"].split("##")
            attributes["post.logout.redirect.uris"] = "##".join(u for u in uris if not u.startswith(TEST_URL))


def main(source, target):
    with open(source, encoding="utf-8") as f:
        realm = json.load(f)

    demo_users = os.environ.get("PEERPROOF_DEMO_USERS", "false").strip().lower() == "true"
    if not demo_users:
        realm.pop("users", None)
    drop_test_urls(realm)

    smtp_host = os.environ.get("KEYCLOAK_SMTP_HOST", "").strip()
    if smtp_host:
        smtp = {
            "host": smtp_host,
            "port": os.environ.get("KEYCLOAK_SMTP_PORT", "25"),
            "from": os.environ.get("KEYCLOAK_SMTP_FROM", "no-reply@peerproof.test"),
            "fromDisplayName": "PeerProof",
            "ssl": os.environ.get("KEYCLOAK_SMTP_SSL", "false"),
            "starttls": os.environ.get("KEYCLOAK_SMTP_STARTTLS", "false"),
        }
        user = os.environ.get("KEYCLOAK_SMTP_USER", "")
        if user:
            # Keycloak resolves the placeholder from its environment at import; the password never lands on disk.
            smtp.update({"auth": "true", "user": user, "password": "${KEYCLOAK_SMTP_PASSWORD}"})
        else:
            smtp["auth"] = "false"
        realm["smtpServer"] = smtp
        realm["verifyEmail"] = True
        realm["resetPasswordAllowed"] = True

    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(realm, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, target)
    print(f"realm {realm['realm']}: demo users {'kept' if demo_users else 'removed'}, "
          f"SMTP {smtp_host or 'not configured'} -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
