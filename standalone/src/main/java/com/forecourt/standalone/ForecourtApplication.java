package com.forecourt.standalone;

import com.forecourt.commandside.CommandSideApplication;
import com.forecourt.platform.axon.PlatformEnvironmentPostProcessor;
import com.forecourt.queryside.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Both sides in one JVM, on a local event store: the default way to run Forecourt. Each side's own application
 * class is left out of the scan, because it names its own configuration file.
 */
@SpringBootConfiguration
@AutoConfigurationPackage(basePackages = "com.forecourt")
@EnableAutoConfiguration
@ComponentScan(basePackages = "com.forecourt", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class})})
public class ForecourtApplication {

    public static void main(String[] args) {
        PlatformEnvironmentPostProcessor.disableUpdateChecker();
        SpringApplication.run(ForecourtApplication.class, args);
    }
}
