package org.sangsaeng.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a merchant fills in to join a co-op. */
public record MembershipApplicationForm(
        @NotNull BusinessType businessType,
        @NotBlank @Size(max = 100) String shopName,
        @Size(max = 1000) String message) {}
