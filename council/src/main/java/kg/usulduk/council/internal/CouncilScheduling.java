package kg.usulduk.council.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The council's daily task announcements run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CouncilScheduling {
}
