package org.innovationledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.api.common.AuditMetaData;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.regex.Pattern;

/** Supplies a {@link RequestContext} parameter to controller methods, from the request and its headers. */
class RequestContextResolver implements HandlerMethodArgumentResolver {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(RequestContext.class);
    }

    @Override
    public RequestContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String key = request.getHeader(IDEMPOTENCY_HEADER);
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidHeaderException(IDEMPOTENCY_HEADER,
                                             "Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        // Authentication does not exist yet: every change is recorded as made by the anonymous user.
        return new RequestContext(AuditMetaData.ANONYMOUS, CorrelationAndSizeLimitFilter.correlationIdOf(request), key,
                                  IfMatch.expectedVersion(request.getHeader("If-Match")),
                                  request.getMethod() + " " + request.getRequestURI());
    }
}
