package app.haven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HavenApplication {

    public static void main(String[] args) {
        SpringApplication.run(HavenApplication.class, args);
    }
}
