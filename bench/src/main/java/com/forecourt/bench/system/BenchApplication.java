package com.forecourt.bench.system;

import com.forecourt.commandside.CommandSideApplication;
import com.forecourt.queryside.QuerySideApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The standalone application's configuration (com.forecourt.standalone.ForecourtApplication), repeated here because
 * that module's jar is repackaged and cannot be depended on. The bench's own package is left out of the scan: the
 * system under test must not see the harness.
 */
@SpringBootConfiguration
@AutoConfigurationPackage(basePackages = "com.forecourt")
@EnableAutoConfiguration
@ComponentScan(basePackages = "com.forecourt", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.forecourt\\.bench\\..*")})
public class BenchApplication {
}
