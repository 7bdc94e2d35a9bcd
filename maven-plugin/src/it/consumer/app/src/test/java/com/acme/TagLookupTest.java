package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.crm.FluentCrmClient;
import com.acme.crm.model.Tag;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The application's test: the SDK from the sibling module, against a server on 127.0.0.1. */
class TagLookupTest {
    @Test
    void readsATag() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wp-json/fluent-crm/v2/tags/7", exchange -> {
            byte[] body = "{\"id\":\"7\",\"title\":\"VIP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            FluentCrmClient crm = FluentCrmClient.builder()
                    .siteUrl("http://127.0.0.1:" + server.getAddress().getPort())
                    .applicationPassword("admin", "abcd efgh ijkl mnop qrst uvwx")
                    .build();
            Tag tag = crm.tags().get(7L);
            assertEquals(7L, tag.id());
            assertEquals("VIP", tag.title());
        } finally {
            server.stop(0);
        }
    }
}
