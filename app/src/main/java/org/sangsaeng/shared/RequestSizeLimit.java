package org.sangsaeng.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit (the multipart limit, 1 MB) with 413 before anyone reads
 * them: at once when the declared length is too big, and as soon as a chunked body grows past it.
 * Tomcat's own limits cover only form and multipart bodies, not JSON or text.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    static final String MESSAGE_KEY = "error.request.tooLarge";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize limit,
            ProblemResponses problems) {
        var registration =
                new FilterRegistrationBean<OncePerRequestFilter>(
                        new LimitFilter(limit.toBytes(), problems));
        // Before security: a huge body is refused before a password is checked.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Thrown by the request's stream when a body without a declared length grows past the limit.
     */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private static final class LimitFilter extends OncePerRequestFilter {

        private final long limit;
        private final ProblemResponses problems;

        LimitFilter(long limit, ProblemResponses problems) {
            this.limit = limit;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(
                HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > limit) {
                // The rest of the body is not read; the connection cannot be reused.
                response.setHeader("Connection", "close");
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, MESSAGE_KEY);
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(
                            getInputStream(),
                            encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
