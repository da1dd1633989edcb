package io.shipgate.gateway.platform.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson's Blackbird module on the application's ObjectMapper (Spring Boot registers every Module bean): property
 * access through generated lambdas instead of reflection, which makes reading requests and writing responses cheaper on
 * every endpoint (the decision endpoints write the largest answers). It changes no output.
 */
@Configuration(proxyBeanMethods = false)
class JsonSpeedConfiguration {

    @Bean
    static Module blackbirdModule() {
        return new BlackbirdModule();
    }
}
