/**
 * Talent trading (재능거래): merchants post short jobs, the co-op reviews them, seekers keep profiles
 * and "looking for work" entries, the system suggests matches with an explainable score, employers
 * select and offer, and after the work both sides confirm and rate each other (the {@code
 * job-matching} and {@code job-offer} processes).
 */
package org.sangsaeng.jobs;
