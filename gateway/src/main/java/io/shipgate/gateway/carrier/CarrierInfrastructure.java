package io.shipgate.gateway.carrier;

import io.micrometer.core.instrument.MeterRegistry;
import io.shipgate.carrier.http.CarrierTransport;
import io.shipgate.carrier.spi.CarrierRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The carrier adapters on the class path and the one HTTP transport they share. */
@Configuration(proxyBeanMethods = false)
class CarrierInfrastructure {

    @Bean
    CarrierRegistry carrierRegistry() {
        return CarrierRegistry.load(CarrierInfrastructure.class.getClassLoader());
    }

    @Bean(destroyMethod = "close")
    CarrierTransport carrierTransport(MeterRegistry meters) {
        return new CarrierTransport(meters, Duration.ofSeconds(5));
    }
}
