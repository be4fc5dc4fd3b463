package app.haven.platform.logging;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class RequestLogConfiguration implements WebMvcConfigurer {

    private final RequestUserInterceptor requestUserInterceptor;

    RequestLogConfiguration(RequestUserInterceptor requestUserInterceptor) {
        this.requestUserInterceptor = requestUserInterceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(requestUserInterceptor);
    }
}
