package org.sangsaeng.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.sangsaeng.jobs.ApplicationView;
import org.sangsaeng.jobs.JobApplicationService;
import org.sangsaeng.jobs.JobFilter;
import org.sangsaeng.jobs.JobMatch;
import org.sangsaeng.jobs.JobPostForm;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.JobPostView;
import org.sangsaeng.jobs.SeekerEntryForm;
import org.sangsaeng.jobs.SeekerEntryView;
import org.sangsaeng.jobs.SeekerMatch;
import org.sangsaeng.jobs.SeekerProfileForm;
import org.sangsaeng.jobs.SeekerProfileView;
import org.sangsaeng.jobs.SeekerService;
import org.sangsaeng.membership.BusinessType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Talent trading",
        description = "Job posts, seekers, applications, offers, matches and ratings")
class JobController {

    record Application(String message) {}

    private final JobPostService posts;
    private final JobApplicationService applications;
    private final SeekerService seekers;

    JobController(JobPostService posts, JobApplicationService applications, SeekerService seekers) {
        this.posts = posts;
        this.applications = applications;
        this.seekers = seekers;
    }

    @PostMapping("/jobs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a job (co-op members); it is reviewed before it is published")
    JobPostView post(@RequestBody JobPostForm form) {
        return posts.post(form);
    }

    @GetMapping("/jobs")
    @Operation(
            summary =
                    "The job board: published jobs still taking applications, by business type, area and a date")
    List<JobPostView> board(
            @RequestParam(required = false) BusinessType businessType,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return posts.board(new JobFilter(businessType, area, date));
    }

    @GetMapping("/jobs/mine")
    @Operation(summary = "My job posts")
    List<JobPostView> mine() {
        return posts.myPosts();
    }

    @GetMapping("/jobs/suggested")
    @Operation(
            summary =
                    "Jobs that fit my profile and my looking-for-work entries, with the score's reasons")
    List<JobMatch> suggestedJobs() {
        return seekers.suggestedJobs();
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "One job post")
    JobPostView get(@PathVariable long id) {
        return posts.get(id);
    }

    @PostMapping("/jobs/{id}/close")
    @Operation(summary = "Close my job post to applications before its deadline")
    JobPostView close(@PathVariable long id) {
        return posts.closeEarly(id);
    }

    @GetMapping("/jobs/{id}/applicants")
    @Operation(summary = "The applicants of my job post, best match first")
    List<ApplicationView> applicants(@PathVariable long id) {
        return applications.applicants(id);
    }

    @GetMapping("/jobs/{id}/suggested-seekers")
    @Operation(summary = "Seekers that fit my job post, with the score's reasons")
    List<SeekerMatch> suggestedSeekers(@PathVariable long id) {
        return seekers.suggestedSeekers(id);
    }

    @PostMapping("/jobs/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply with a message (once per job, not to my own, before the deadline)")
    ApplicationView apply(@PathVariable long id, @RequestBody Application application) {
        return applications.apply(id, application == null ? null : application.message());
    }

    @GetMapping("/job-applications")
    @Operation(summary = "My applications")
    List<ApplicationView> myApplications() {
        return applications.myApplications();
    }

    @PostMapping("/job-applications/{id}/withdraw")
    @Operation(summary = "Withdraw my application while it waits")
    ApplicationView withdraw(@PathVariable long id) {
        return applications.withdraw(id);
    }

    @PostMapping("/job-applications/{id}/shortlist")
    @Operation(summary = "Shortlist an applicant of my post")
    ApplicationView shortlist(@PathVariable long id) {
        return applications.shortlist(id);
    }

    @PostMapping("/job-applications/{id}/reject")
    @Operation(summary = "Reject an applicant of my post (they are told)")
    ApplicationView reject(@PathVariable long id) {
        return applications.reject(id);
    }

    @PostMapping("/job-applications/{id}/offer")
    @Operation(
            summary =
                    "Offer the job to an applicant; they answer in their task list before the offer expires")
    ApplicationView offer(@PathVariable long id) {
        return applications.offer(id);
    }

    @GetMapping("/seekers/{username}")
    @Operation(summary = "A seeker's profile and ratings")
    SeekerProfileView profile(@PathVariable String username) {
        return seekers.profile(username);
    }

    @PutMapping("/seekers/me")
    @Operation(summary = "Update my seeker profile")
    SeekerProfileView updateProfile(@RequestBody SeekerProfileForm form) {
        return seekers.updateMyProfile(form);
    }

    @GetMapping("/seeker-entries")
    @Operation(summary = "Current looking-for-work entries")
    List<SeekerEntryView> entries() {
        return seekers.entries();
    }

    @PostMapping("/seeker-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a looking-for-work entry")
    SeekerEntryView addEntry(@RequestBody SeekerEntryForm form) {
        return seekers.addEntry(form);
    }

    @DeleteMapping("/seeker-entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take my looking-for-work entry down")
    void closeEntry(@PathVariable long id) {
        seekers.closeEntry(id);
    }
}
