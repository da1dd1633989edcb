package io.shipgate.gateway.platform.security;

import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.ProblemResponses;
import io.shipgate.gateway.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Refuses a request body over its endpoint's limit ({@link RequestBodyLimits}) with 413
 * {@code payload-too-large}, before anything reads it: a declared {@code Content-Length} over the
 * limit is refused unread; a body without one (chunked) is read up to the limit plus one byte, and
 * refused as soon as it is longer, else handed on from memory.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private record Rule(PathPattern pattern, String method, long maxBytes) {
        boolean matches(HttpServletRequest request, PathContainer path) {
            return (method == null || method.isBlank() || method.equalsIgnoreCase(request.getMethod())) && pattern.matches(path);
        }
    }

    private final long defaultMaxBytes;
    private final List<Rule> rules;
    private final ProblemResponses problems;

    RequestBodyLimitFilter(RequestBodyLimits limits, ProblemResponses problems) {
        this.defaultMaxBytes = limits.maxSize().toBytes();
        this.rules = limits.paths().values().stream()
                .map(p -> new Rule(PathPatternParser.defaultInstance.parse(p.pattern()), p.method(), p.maxSize().toBytes()))
                .sorted(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytes(request);
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, maxBytes);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
            if (body.length > maxBytes) {
                refuse(request, response, maxBytes);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long maxBytes(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return rules.stream().filter(r -> r.matches(request, path)).findFirst().map(Rule::maxBytes).orElse(defaultMaxBytes);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        // the rest of the body is not read: the connection cannot carry another request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(request, response, new ApiException(Problems.PAYLOAD_TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE,
                request.getMethod() + " " + request.getRequestURI() + " accepts a body of at most " + maxBytes + " bytes")
                .with("max_bytes", maxBytes));
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
