package app.haven.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans every module uses. */
@Configuration
@EnableScheduling
class PlatformConfiguration {

    /** Deadlines (72 hours, reviews, financial years) are reckoned in UK local time. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
