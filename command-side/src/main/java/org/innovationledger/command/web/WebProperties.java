package org.innovationledger.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits of the HTTP API. */
@ConfigurationProperties("ledger.web")
public record WebProperties(DataSize maxBodySize) {
}
