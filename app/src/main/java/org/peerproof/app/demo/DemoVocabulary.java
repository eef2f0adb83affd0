package org.peerproof.app.demo;

import java.util.List;
import java.util.Map;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;

/** The word lists the demo data is made of. Every company and person built from them is fictional. */
final class DemoVocabulary {

    static final List<Industry> INDUSTRIES = List.of(Industry.SOFTWARE_SAAS, Industry.MANUFACTURING,
            Industry.HEALTHCARE, Industry.FINANCIAL_SERVICES, Industry.RETAIL, Industry.PUBLIC_SECTOR,
            Industry.EDUCATION, Industry.LOGISTICS);

    static final List<String> COMPANY_STEMS = List.of("Northwind", "Bluebird", "Crestline", "Ironwood",
            "Silverlake", "Redwood", "Harborview", "Summit", "Brightwater", "Oakridge", "Granite", "Lumen",
            "Meridian", "Foxglove", "Kestrel", "Juniper", "Alder", "Cobalt", "Saffron", "Tidewater");

    static final Map<Industry, List<String>> COMPANY_SUFFIXES = Map.of(
            Industry.SOFTWARE_SAAS, List.of("Software", "Cloud", "Labs", "Systems"),
            Industry.MANUFACTURING, List.of("Manufacturing", "Industries", "Works", "Components"),
            Industry.HEALTHCARE, List.of("Health", "Medical Group", "Clinics", "Care"),
            Industry.FINANCIAL_SERVICES, List.of("Bank", "Capital", "Insurance", "Financial"),
            Industry.RETAIL, List.of("Retail", "Stores", "Outfitters", "Market"),
            Industry.PUBLIC_SECTOR, List.of("County", "City Services", "Transit Authority", "Agency"),
            Industry.EDUCATION, List.of("University", "College", "Academy", "Schools"),
            Industry.LOGISTICS, List.of("Logistics", "Freight", "Shipping", "Transport"));

    record Country(String code, Region region, String timeZone, List<String> languages) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("US", Region.NORTH_AMERICA, "America/Chicago", List.of("en")),
            new Country("US", Region.NORTH_AMERICA, "America/New_York", List.of("en", "es")),
            new Country("CA", Region.NORTH_AMERICA, "America/Toronto", List.of("en", "fr")),
            new Country("BR", Region.LATIN_AMERICA, "America/Sao_Paulo", List.of("pt", "en")),
            new Country("MX", Region.LATIN_AMERICA, "America/Mexico_City", List.of("es", "en")),
            new Country("AR", Region.LATIN_AMERICA, "America/Argentina/Buenos_Aires", List.of("es")),
            new Country("DE", Region.EMEA, "Europe/Berlin", List.of("de", "en")),
            new Country("FR", Region.EMEA, "Europe/Paris", List.of("fr", "en")),
            new Country("GB", Region.EMEA, "Europe/London", List.of("en")),
            new Country("ES", Region.EMEA, "Europe/Madrid", List.of("es", "en")),
            new Country("JP", Region.APAC, "Asia/Tokyo", List.of("ja", "en")),
            new Country("AU", Region.APAC, "Australia/Sydney", List.of("en")),
            new Country("SG", Region.APAC, "Asia/Singapore", List.of("en", "zh")),
            new Country("IN", Region.APAC, "Asia/Kolkata", List.of("en", "hi")));

    static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace",
            "Hiroshi", "Ines", "Jonas", "Kavya", "Liam", "Mei", "Noah", "Olga", "Pedro", "Quinn", "Rania", "Sven",
            "Tomoko", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno", "Chloe", "Diego", "Emma",
            "Felix", "Gabriela", "Hannah", "Ivan", "Julia", "Kenji", "Lucia", "Marco", "Nadia");

    static final List<String> LAST_NAMES = List.of("Abara", "Becker", "Castillo", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Haddad", "Ito", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel",
            "Quintero", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Walsh", "Xu", "Yamamoto", "Zimmermann",
            "Alvarez", "Brennan", "Chen", "Duarte", "Esposito", "Fontaine", "Gupta", "Hoffmann", "Iversen", "Jimenez");

    static final Map<Persona, List<String>> TITLES = Map.of(
            Persona.EXECUTIVE, List.of("Chief Financial Officer", "Chief Information Officer", "VP Operations"),
            Persona.IT, List.of("IT Director", "Enterprise Architect", "Head of Platform"),
            Persona.LINE_OF_BUSINESS, List.of("Head of Sales Operations", "Marketing Director", "Product Lead"),
            Persona.OPERATIONS, List.of("Operations Manager", "Supply Chain Lead", "Service Delivery Manager"),
            Persona.FINANCE, List.of("Finance Director", "Controller", "Head of FP&A"),
            Persona.PRACTITIONER, List.of("Senior Analyst", "Solutions Engineer", "Team Lead"));

    static final List<String> PRODUCTS = List.of("Ledger Cloud", "Insight Analytics", "Flow Automation",
            "Secure Access", "Data Hub", "Field Service");

    static final List<String> USE_CASES = List.of("Month-end close", "Customer 360", "Self-service reporting",
            "Process automation", "Zero-trust access", "Data migration", "Field workforce scheduling",
            "Regulatory compliance", "Forecasting", "Partner onboarding");

    static final List<String> OUTCOMES = List.of("Cut month-end close from 10 to 4 days",
            "Saved 2,000 staff hours a year", "Went live in 9 weeks", "Reduced audit findings to zero",
            "Raised first-time fix rate by 18%", "Replaced 6 legacy tools with one platform",
            "Improved forecast accuracy by 12 points");

    static final List<String> DECLINE_REASONS = List.of("Too busy this month", "Travelling",
            "Not comfortable with this prospect", "Already did two calls this quarter");

    static final List<String> SALES_REPS = List.of("sales@peerproof.test", "sales2@peerproof.test",
            "r.ortega@peerproof.test", "k.lind@peerproof.test", "m.osei@peerproof.test");

    static final String PROGRAM_MANAGER = "pm@peerproof.test";
    static final String CSM = "csm@peerproof.test";
    /**
     * The customer success managers of the Keycloak realm (docker/keycloak); each owns a share of the accounts, so
     * signing in as one shows "my accounts only" against the others'.
     */
    static final List<String> CSMS = List.of(CSM, "csm2@peerproof.test", "csm3@peerproof.test");

    /** How often sales ask for each kind of activity, in percent. */
    static final Map<ActivityTypeCode, Integer> REQUESTED_ACTIVITY_WEIGHTS = Map.of(
            ActivityTypeCode.REFERENCE_CALL_30, 48, ActivityTypeCode.REFERENCE_CALL_15, 25,
            ActivityTypeCode.CASE_STUDY, 7, ActivityTypeCode.PEER_REVIEW, 8, ActivityTypeCode.SPEAKING, 5,
            ActivityTypeCode.TESTIMONIAL, 7);

    /** The advocates that exist in the Keycloak realm too (docker/keycloak), linked by their fixed user ids. */
    record KeycloakAdvocate(String keycloakUserId, String name, String email) {
    }

    static final List<KeycloakAdvocate> KEYCLOAK_ADVOCATES = List.of(
            new KeycloakAdvocate("ad0c0000-0000-4000-8000-000000000001", "Alice Anders", "advocate1@peerproof.test"),
            new KeycloakAdvocate("ad0c0000-0000-4000-8000-000000000002", "Ben Brooks", "advocate2@peerproof.test"),
            new KeycloakAdvocate("ad0c0000-0000-4000-8000-000000000003", "Carla Cruz", "advocate3@peerproof.test"));

    private DemoVocabulary() {
    }
}
