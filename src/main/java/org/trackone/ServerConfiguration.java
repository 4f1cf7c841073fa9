package org.trackone;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the platform listens. The demo (embedded database, demo accounts with known
 * passwords) listens on 127.0.0.1 only, whatever TRACKONE_ADDRESS says; a production
 * installation listens on TRACKONE_ADDRESS.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> listenAddress(TrackoneSettings settings) {
        return factory -> {
            try {
                factory.setAddress(InetAddress.getByName(settings.demo() ? "127.0.0.1" : settings.address()));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("TRACKONE_ADDRESS is not an address: " + settings.address(), e);
            }
        };
    }
}
