package org.sangsaeng.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "seeker_profile")
public class SeekerProfile {

    @Id private Long userId;
    private String intro;
    private String skills;
    private String businessTypes;
    private String areas;
    private String weekdays;
    private Instant updatedAt;

    protected SeekerProfile() {}

    public SeekerProfile(long userId) {
        this.userId = userId;
    }

    public void update(
            String intro,
            String skills,
            String businessTypes,
            String areas,
            String weekdays,
            Instant at) {
        this.intro = intro;
        this.skills = skills;
        this.businessTypes = businessTypes;
        this.areas = areas;
        this.weekdays = weekdays;
        this.updatedAt = at;
    }

    public Long getUserId() {
        return userId;
    }

    public String getIntro() {
        return intro;
    }

    public String getSkills() {
        return skills;
    }

    public String getBusinessTypes() {
        return businessTypes;
    }

    public String getAreas() {
        return areas;
    }

    public String getWeekdays() {
        return weekdays;
    }
}
