package io.shipgate.gateway.carrier;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the gateway runs the sandbox carrier's simulator: as {@value #ENABLED} says when it is set
 * ({@code true} or {@code false}); when it is blank, only in demo mode, that is with the embedded
 * database ({@code spring.datasource.url}, mapped from {@code SHIPGATE_DB_URL}, blank). So a gateway
 * on a production database never runs it unless told to.
 */
class SandboxSimulatorCondition extends SpringBootCondition {

    static final String ENABLED = "shipgate.sandbox-carrier.simulator-enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        Boolean enabled = environment.getProperty(ENABLED, Boolean.class);
        if (enabled != null) {
            return new ConditionOutcome(enabled, ENABLED + " is " + enabled);
        }
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                ? ConditionOutcome.noMatch(ENABLED + " is blank and spring.datasource.url is set (not demo mode)")
                : ConditionOutcome.match(ENABLED + " is blank and spring.datasource.url is blank (demo mode)");
    }
}
