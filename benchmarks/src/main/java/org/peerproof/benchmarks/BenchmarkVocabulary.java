package org.peerproof.benchmarks;

import java.util.List;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.activity.ActivityTypeCode;

/** The words the generated program is made of; every company and person built from them is fictional. */
final class BenchmarkVocabulary {

    /** A country accounts are in: its region, a time zone there and the languages spoken, the usual one first. */
    record Country(String code, Region region, String timeZone, List<String> languages) {

        /** One line of {@link #COUNTRIES}: code, region, time zone, languages (comma-separated). */
        static Country parse(String line) {
            var fields = line.strip().split(" +");
            return new Country(fields[0], Region.valueOf(fields[1]), fields[2], List.of(fields[3].split(",")));
        }
    }

    static final List<Country> COUNTRIES = """
            US  NORTH_AMERICA  America/Chicago                 en
            US  NORTH_AMERICA  America/New_York                en,es
            US  NORTH_AMERICA  America/Los_Angeles             en
            CA  NORTH_AMERICA  America/Toronto                 en,fr
            BR  LATIN_AMERICA  America/Sao_Paulo               pt,en
            MX  LATIN_AMERICA  America/Mexico_City             es,en
            AR  LATIN_AMERICA  America/Argentina/Buenos_Aires  es
            DE  EMEA           Europe/Berlin                   de,en
            FR  EMEA           Europe/Paris                    fr,en
            GB  EMEA           Europe/London                   en
            ES  EMEA           Europe/Madrid                   es,en
            NL  EMEA           Europe/Amsterdam                nl,en
            JP  APAC           Asia/Tokyo                      ja,en
            AU  APAC           Australia/Sydney                en
            SG  APAC           Asia/Singapore                  en,zh
            IN  APAC           Asia/Kolkata                    en,hi
            """.lines().map(Country::parse).toList();

    static final List<String> COMPANY_STEMS = List.of("Northwind", "Bluebird", "Crestline", "Ironwood",
            "Silverlake", "Redwood", "Harborview", "Summit", "Brightwater", "Oakridge", "Granite", "Lumen",
            "Meridian", "Foxglove", "Kestrel", "Juniper", "Alder", "Cobalt", "Saffron", "Tidewater");

    static final List<String> COMPANY_SUFFIXES = List.of("Group", "Systems", "Industries", "Partners", "Labs",
            "Holdings", "Works", "Services");

    static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace",
            "Hiroshi", "Ines", "Jonas", "Kavya", "Liam", "Mei", "Noah", "Olga", "Pedro", "Quinn", "Rania", "Sven",
            "Tomoko", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe");

    static final List<String> LAST_NAMES = List.of("Abara", "Becker", "Castillo", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Haddad", "Ito", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel",
            "Quintero", "Rossi", "Schmidt", "Tanaka", "Varga", "Walsh", "Xu", "Zimmermann");

    static final List<String> TITLES = List.of("IT Director", "VP Operations", "Head of Finance",
            "Enterprise Architect", "Product Lead", "Senior Analyst", "Operations Manager", "Team Lead");

    static final List<String> PRODUCTS = List.of("Ledger Cloud", "Insight Analytics", "Flow Automation",
            "Secure Access", "Data Hub", "Field Service", "Billing Engine", "Partner Portal", "Talent Suite",
            "Asset Tracker", "Contract Manager", "Service Desk");

    static final List<String> USE_CASES = List.of("Month-end close", "Customer 360", "Self-service reporting",
            "Process automation", "Zero-trust access", "Data migration", "Field workforce scheduling",
            "Regulatory compliance", "Forecasting", "Partner onboarding", "Subscription billing",
            "Contract renewals", "Talent acquisition", "Asset maintenance", "IT service management",
            "Revenue recognition", "Supplier onboarding", "Churn reduction", "Cloud migration", "Audit readiness");

    static final List<String> OUTCOMES = List.of("Cut month-end close from 10 to 4 days",
            "Saved 2,000 staff hours a year", "Went live in 9 weeks", "Reduced audit findings to zero",
            "Replaced 6 legacy tools with one platform");

    static final List<String> DECLINE_REASONS = List.of("Too busy this month", "Travelling",
            "Not comfortable with this prospect", "Already did two calls this quarter");

    static final List<String> SALES_REPS = List.of("sales@peerproof.test", "sales2@peerproof.test",
            "r.ortega@peerproof.test", "k.lind@peerproof.test", "m.osei@peerproof.test");

    static final String PROGRAM_MANAGER = "pm@peerproof.test";

    /** How often sales ask for each kind of activity, in percent (as in the demo program). */
    static final List<ActivityTypeCode> REQUESTED_TYPES = List.of(ActivityTypeCode.REFERENCE_CALL_30,
            ActivityTypeCode.REFERENCE_CALL_15, ActivityTypeCode.CASE_STUDY, ActivityTypeCode.PEER_REVIEW,
            ActivityTypeCode.SPEAKING, ActivityTypeCode.TESTIMONIAL);
    static final List<Integer> REQUESTED_TYPE_PERCENT = List.of(48, 25, 7, 8, 5, 7);

    private BenchmarkVocabulary() {
    }
}
