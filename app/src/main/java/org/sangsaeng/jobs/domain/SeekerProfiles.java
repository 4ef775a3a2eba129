package org.sangsaeng.jobs.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeekerProfiles extends JpaRepository<SeekerProfile, Long> {}
