package org.sangsaeng.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.domain.Votes;
import org.springframework.stereotype.Component;

/**
 * The part of a vote that elects someone: its candidates (members of the co-op who stand), the
 * ballot for one of them, and the count that names the winner. A vote without candidates is an
 * ordinary YES / NO vote and never comes here.
 */
@Component
class Elections {

    /** The winner of a count, or null on a tie or when nobody was voted for. */
    record Count(Map<Long, Integer> votes, Long winner) {

        int total() {
            return votes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Votes votes;
    private final MemberDirectory directory;

    Elections(Votes votes, MemberDirectory directory) {
        this.votes = votes;
        this.directory = directory;
    }

    /** Checks that every candidate is one of the electorate (an active member), once each. */
    List<Long> candidateIds(List<String> candidates, List<MemberDirectory.Member> electorate) {
        if (new LinkedHashSet<>(candidates).size() != candidates.size()) {
            throw new InvalidInputException("error.election.duplicateCandidate");
        }
        Map<String, Long> members = new HashMap<>();
        electorate.forEach(m -> members.put(m.username(), m.id()));
        List<Long> ids = new ArrayList<>();
        for (String candidate : candidates) {
            Long id = members.get(candidate);
            if (id == null) {
                throw new InvalidInputException("error.election.candidateNotMember", candidate);
            }
            ids.add(id);
        }
        return ids;
    }

    void store(long voteId, List<Long> candidateIds) {
        for (int i = 0; i < candidateIds.size(); i++) {
            votes.addCandidate(voteId, candidateIds.get(i), i);
        }
    }

    /** The candidate a ballot names, by username; refused when they do not stand in this vote. */
    long candidate(long voteId, String username) {
        List<Long> ids = votes.candidateIds(voteId);
        return directory
                .userIdOf(username == null ? "" : username.strip())
                .filter(ids::contains)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "error.election.notCandidate", String.valueOf(username)));
    }

    Count count(long voteId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        votes.candidateIds(voteId).forEach(id -> counts.put(id, 0));
        votes.candidateCounts(voteId).forEach(c -> counts.put(c.getCandidateId(), c.getVotes()));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Long> top =
                counts.entrySet().stream()
                        .filter(e -> e.getValue() == most)
                        .map(Map.Entry::getKey)
                        .toList();
        return new Count(counts, most > 0 && top.size() == 1 ? top.getFirst() : null);
    }

    /** Votes per candidate's username, for the flow that continues with the result. */
    Map<String, Integer> byUsername(Count count) {
        Map<Long, MemberDirectory.Person> people = directory.people(count.votes().keySet());
        Map<String, Integer> byName = new LinkedHashMap<>();
        count.votes().forEach((id, n) -> byName.put(people.get(id).username(), n));
        return byName;
    }

    /** The candidates as the ballot shows them, with their votes once {@code showCounts}. */
    List<Candidate> candidates(long voteId, long coopId, boolean showCounts) {
        List<Long> ids = votes.candidateIds(voteId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberDirectory.Person> people = directory.people(ids);
        Map<Long, Integer> counts = showCounts ? count(voteId).votes() : Map.of();
        return ids.stream()
                .map(
                        id ->
                                new Candidate(
                                        people.get(id).username(),
                                        people.get(id).displayName(),
                                        directory.shopName(id, coopId),
                                        showCounts ? counts.getOrDefault(id, 0) : null))
                .toList();
    }

    String username(Long userId) {
        return userId == null ? null : directory.username(userId);
    }
}
