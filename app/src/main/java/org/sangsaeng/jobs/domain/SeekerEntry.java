package org.sangsaeng.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** "Looking for work": what a seeker offers, and when. */
@Entity
@Table(name = "seeker_entry")
public class SeekerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String title;
    private String skills;
    private String businessTypes;
    private String areas;
    private LocalDate availableFrom;
    private LocalDate availableTo;
    private String note;
    private boolean active;
    private Instant createdAt;

    protected SeekerEntry() {}

    public SeekerEntry(
            long userId,
            String title,
            String skills,
            String businessTypes,
            String areas,
            LocalDate availableFrom,
            LocalDate availableTo,
            String note,
            Instant createdAt) {
        this.userId = userId;
        this.title = title;
        this.skills = skills;
        this.businessTypes = businessTypes;
        this.areas = areas;
        this.availableFrom = availableFrom;
        this.availableTo = availableTo;
        this.note = note;
        this.active = true;
        this.createdAt = createdAt;
    }

    public void close() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
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

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableTo() {
        return availableTo;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
