package com.forecourt.commandside;

import com.forecourt.platform.axon.PlatformEnvironmentPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Runs the command side alone; in the distributed deployment it receives commands through Axon Server. */
@SpringBootApplication(scanBasePackages = "com.forecourt")
@AutoConfigurationPackage(basePackages = "com.forecourt")
public class CommandSideApplication {

    /** The name of this application's configuration file ({@code command-side.yml}). */
    public static final String CONFIG_NAME = "spring.config.name=command-side";

    public static void main(String[] args) {
        PlatformEnvironmentPostProcessor.disableUpdateChecker();
        new SpringApplicationBuilder(CommandSideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
