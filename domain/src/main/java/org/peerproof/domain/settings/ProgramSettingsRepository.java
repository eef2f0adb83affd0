package org.peerproof.domain.settings;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramSettingsRepository extends JpaRepository<ProgramSettings, Long> {

    /** The program's settings; the row always exists because the migration seeds it. */
    default ProgramSettings current() {
        return findById(ProgramSettings.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("program_settings row is missing"));
    }
}
