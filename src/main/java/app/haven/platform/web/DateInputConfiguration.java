package app.haven.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Teaches Spring MVC {@link DateInput}: a date input's three boxes read into one {@link DateParts}. */
@Configuration(proxyBeanMethods = false)
class DateInputConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new DateInputResolver());
    }

    static final class DateInputResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(DateInput.class)
                    && parameter.getParameterType().equals(DateParts.class);
        }

        @Override
        public DateParts resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            String name = parameter.getParameterAnnotation(DateInput.class).value();
            return new DateParts(
                    typed(request, name + ".day"), typed(request, name + ".month"), typed(request, name + ".year"));
        }

        private static String typed(NativeWebRequest request, String parameter) {
            String value = request.getParameter(parameter);
            return value == null ? "" : value;
        }
    }
}
