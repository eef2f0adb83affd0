package org.peerproof.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.activity.ActivityType;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.reward.Benefit;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.tier.Tier;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Flyway migrations build the whole schema, Hibernate validates every entity against it, and the reference
 * data is seeded. Run once per supported database by the subclasses.
 */
// Spring resolves @Transactional from the class declaring the test method, so the inherited tests need it here.
@Transactional
abstract class AbstractSchemaTest {

    @Autowired
    Flyway flyway;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityTypeRepository activityTypes;
    @Autowired
    TierRepository tiers;
    @Autowired
    BenefitRepository benefits;
    @Autowired
    ProgramSettingsRepository settings;

    @Test
    void migrationsApplyAndHibernateValidatesTheSchema() {
        var applied = flyway.info().applied();
        assertThat(applied).extracting(info -> info.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "6", "7", "8", "9", "14", "15", "16", "18", "19", "20", "21", "22");
        assertThat(applied).allMatch(info -> info.getState() == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        // The context only starts when validation passes; make sure it was validation that ran.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void seedsEveryActivityTypeWithItsEffort() {
        Map<ActivityTypeCode, ActivityType> byCode = activityTypes.findAll().stream()
                .collect(Collectors.toMap(ActivityType::getCode, type -> type));

        assertThat(byCode).containsOnlyKeys(ActivityTypeCode.values());
        assertThat(byCode.values()).allMatch(type -> type.getEffortWeight() > 0);
        assertThat(byCode.values()).filteredOn(ActivityType::isHeavy).extracting(ActivityType::getCode)
                .containsExactlyInAnyOrder(ActivityTypeCode.CASE_STUDY, ActivityTypeCode.SPEAKING,
                        ActivityTypeCode.PRESS_INTERVIEW, ActivityTypeCode.ADVISORY_BOARD);
        assertThat(byCode.get(ActivityTypeCode.REFERENCE_CALL_30).getEffortWeight())
                .isGreaterThan(byCode.get(ActivityTypeCode.REFERENCE_CALL_15).getEffortWeight());
    }

    @Test
    void seedsThreeDefaultTiers() {
        Tier power = tiers.findByRank(1).orElseThrow();
        Tier quick = tiers.findByRank(2).orElseThrow();
        Tier logoOnly = tiers.findByRank(3).orElseThrow();

        assertThat(tiers.count()).isEqualTo(3);
        assertThat(power.isPower()).isTrue();
        assertThat(power.getExpectedActivitiesPerYear()).isEqualTo(6);
        assertThat(power.getAllowedActivityTypes()).containsExactlyInAnyOrder(ActivityTypeCode.values());
        assertThat(quick.getExpectedActivitiesPerYear()).isEqualTo(3);
        assertThat(quick.allows(ActivityTypeCode.REFERENCE_CALL_15)).isTrue();
        assertThat(quick.allows(ActivityTypeCode.CASE_STUDY)).isFalse();
        assertThat(logoOnly.getExpectedActivitiesPerYear()).isEqualTo(1);
        assertThat(logoOnly.getAllowedActivityTypes()).containsExactly(ActivityTypeCode.LOGO_USE);
        assertThat(power.getBenefits()).extracting(Benefit::getKind).contains(BenefitKind.ADVISORY_COUNCIL_SEAT);
    }

    @Test
    void seedsOneCatalogBenefitPerKind() {
        assertThat(benefits.findAll()).extracting(Benefit::getKind)
                .containsExactlyInAnyOrder(BenefitKind.values());
        assertThat(benefits.findAll()).allMatch(Benefit::isActive);
    }

    @Test
    void seedsTheDefaultProgramRules() {
        assertThat(settings.count()).isEqualTo(1);
        assertThat(settings.current().toRules()).isEqualTo(ProgramRules.DEFAULTS);
    }

    @Test
    void providesTheShedLockTable() {
        var lockUntil = LocalDateTime.of(2026, 5, 4, 3, 2, 1);
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                "expireAsks", lockUntil, lockUntil.minusMinutes(5), "node-1");

        assertThat(jdbc.queryForObject("SELECT lock_until FROM shedlock WHERE name = ?", LocalDateTime.class,
                "expireAsks")).isEqualTo(lockUntil);
    }

    @Test
    void declaresInstantColumnsWithMicrosecondPrecision() {
        var precisions = jdbc.queryForList("""
                SELECT DISTINCT datetime_precision FROM information_schema.columns
                WHERE table_schema = SCHEMA() AND table_name IN ('ask', 'shedlock', 'outbox_message')
                  AND column_name IN ('asked_at', 'lock_until', 'locked_at', 'next_attempt_at')""", Integer.class);

        assertThat(precisions).containsExactly(6);
    }
}
