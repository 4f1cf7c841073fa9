package org.trackone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers "who may do this" before "is the input right": an API operation's
 * {@code @PreAuthorize} is checked before its request body is read and validated, so an
 * account that may not write gets 403 whatever it sends, never a 400 or 422 that
 * tells it how to shape a request it may not make. Method security still checks again
 * when the method is called; this only moves the first answer earlier. Expressions
 * here see no method arguments, so one that names an argument ({@code #id}) is left to
 * method security alone.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthorization implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    ApiAuthorization(ApplicationContext context, ObjectProvider<MethodSecurityExpressionHandler> expressions) {
        preAuthorize.setApplicationContext(context);
        preAuthorize.setExpressionHandler(expressions.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler beansResolved = new DefaultMethodSecurityExpressionHandler();
            beansResolved.setApplicationContext(context);
            return beansResolved;
        }));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && requiresAuthorization(method)) {
                    AuthorizationResult result = preAuthorize.authorize(
                            () -> SecurityContextHolder.getContext().getAuthentication(),
                            new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                                    new Object[method.getMethodParameters().length]));
                    if (result != null && !result.isGranted()) {
                        throw new AuthorizationDeniedException("Access Denied", result);
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private static boolean requiresAuthorization(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !rule.value().contains("#");
    }
}
