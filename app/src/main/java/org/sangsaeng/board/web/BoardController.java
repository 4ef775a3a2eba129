package org.sangsaeng.board.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.board.BoardQuery;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.board.PostSummary;
import org.sangsaeng.board.PostView;
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
        name = "Co-op board",
        description =
                "Notices, information and questions of a co-op; comments, useful marks, weekly digest")
class BoardController {

    record Comment(String text) {}

    record Flag(boolean value) {}

    private final BoardService board;

    BoardController(BoardService board) {
        this.board = board;
    }

    @GetMapping("/coops/{coopId}/posts")
    @Operation(summary = "A page of the board: pinned first, then newest; filter by kind and text")
    List<PostSummary> list(
            @PathVariable long coopId,
            @RequestParam(required = false) PostKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        return board.list(new BoardQuery(coopId, kind, q, offset, limit));
    }

    @PostMapping("/coops/{coopId}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Write a post (members): plain text up to 10,000 characters, up to 10 http(s) links")
    PostView post(@PathVariable long coopId, @RequestBody PostForm form) {
        return board.post(coopId, form);
    }

    @GetMapping("/posts/{id}")
    @Operation(summary = "One post with links and comments")
    PostView get(@PathVariable long id) {
        return board.get(id);
    }

    @DeleteMapping("/posts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my post (the leader: any post but decisions)")
    void delete(@PathVariable long id) {
        board.delete(id);
    }

    @PostMapping("/posts/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a post of my co-op")
    PostView comment(@PathVariable long id, @RequestBody Comment comment) {
        return board.comment(id, comment == null ? null : comment.text());
    }

    @PutMapping("/posts/{id}/public")
    @Operation(
            summary =
                    "Show a notice on the market's public page (true) or take it off (false); the leader only")
    PostView showPublicly(@PathVariable long id, @RequestBody Flag flag) {
        return board.showPublicly(id, flag.value());
    }

    @PutMapping("/posts/{id}/useful")
    @Operation(summary = "Mark a post useful (true) or take the mark back (false)")
    PostView useful(@PathVariable long id, @RequestBody Flag flag) {
        return board.markUseful(id, flag.value());
    }

    @PutMapping("/posts/{id}/pinned")
    @Operation(summary = "Pin or unpin a post (leader)")
    PostView pin(@PathVariable long id, @RequestBody Flag flag) {
        return board.pin(id, flag.value());
    }

    @PutMapping("/coops/{coopId}/digest")
    @Operation(summary = "Get the weekly digest of the board (true) or stop it (false)")
    Flag digest(@PathVariable long coopId, @RequestBody Flag flag) {
        board.subscribeDigest(coopId, flag.value());
        return new Flag(board.digestSubscribed(coopId));
    }
}
