package org.innovationledger.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.IdentifierFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id (the client's X-Correlation-Id when well-formed, else a new one), echoes it
 * in the response, and caps the request body: reading past the limit fails with {@link PayloadTooLargeException},
 * which the problem handler turns into 413 — whether the client sent a Content-Length or streamed the body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationAndSizeLimitFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String CORRELATION_ATTRIBUTE = CorrelationAndSizeLimitFilter.class.getName() + ".correlationId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final long maxBodyBytes;

    public CorrelationAndSizeLimitFilter(WebProperties properties) {
        this.maxBodyBytes = properties.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(CORRELATION_HEADER);
        // A new one is drawn as message ids are (TimeOrderedIdentifierFactory): no SecureRandom lock per request.
        String correlationId = given != null && WELL_FORMED.matcher(given).matches()
                ? given : IdentifierFactory.getInstance().generateIdentifier();
        request.setAttribute(CORRELATION_ATTRIBUTE, correlationId);
        response.setHeader(CORRELATION_HEADER, correlationId);
        chain.doFilter(new BodyLimitedRequest(request, maxBodyBytes), response);
    }

    static String correlationIdOf(HttpServletRequest request) {
        Object id = request.getAttribute(CORRELATION_ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    private static final class BodyLimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        BodyLimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (getContentLengthLong() > limit) {
                throw new PayloadTooLargeException(limit);
            }
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
