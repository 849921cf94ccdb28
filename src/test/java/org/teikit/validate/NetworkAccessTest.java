package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.diag.Diagnostic;

/**
 * A Schematron rule that loads a list from the network ({@code doc('http://…')}), as FRUS's does,
 * against a server on this machine: refused and reported by default, fetched with
 * {@code --allow-network}, and an external entity in what comes back is not followed, as in a local file.
 */
class NetworkAccessTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ids.xml", exchange -> respond(exchange, "<ids><id>d1</id><id>d2</id></ids>"));
        server.createContext("/hostile.xml", exchange -> respond(exchange,
                "<!DOCTYPE ids [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ids><id>&x;</id></ids>"));
        server.start();
    }

    private void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        requests.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path schematron(Path dir, String list) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + list;
        return Files.writeString(dir.resolve("refs.sch"), "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" "
                + "queryBinding=\"xslt2\"><ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/>"
                + "<let name=\"known\" value=\"doc('" + url + "')//id\"/>"
                + "<pattern><rule context=\"tei:ref\"><assert id=\"known-target\" test=\"substring(@target, 2) = $known\">"
                + "unknown target <value-of select=\"@target\"/></assert></rule></pattern></schema>");
    }

    private List<Diagnostic> validate(Path dir, Path sch, boolean allowNetwork) throws Exception {
        Path doc = Files.writeString(dir.resolve("d.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
                + "<p><ref target=\"#d1\">one</ref> <ref target=\"#d9\">nine</ref></p></body></text></TEI>");
        return ValidationFixtures.TOOLKIT.validator(new ValidationOptions(List.of(), List.of(sch.toString()), null, false,
                allowNetwork, List.of(), null, 1)).validate(doc).findings();
    }

    @Test
    void refusedUnlessAllowed(@TempDir Path dir) throws Exception {
        Path sch = schematron(dir, "ids.xml");
        List<Diagnostic> offline = validate(dir, sch, false);
        assertEquals(0, requests.get(), "nothing was fetched");
        assertTrue(offline.stream().anyMatch(d -> d.code().equals("SCH-NETWORK") && d.message().contains("ids.xml")),
                offline.toString());

        List<Diagnostic> online = validate(dir, sch, true);
        assertTrue(requests.get() >= 1, "the list was fetched");
        assertEquals(List.of("SCH-known-target"), online.stream().map(Diagnostic::code).toList(), online.toString());
        assertTrue(online.get(0).message().contains("unknown target #d9"), online.get(0).message());
    }

    @Test
    void aFetchedDocumentIsParsedAsSecurelyAsALocalOne(@TempDir Path dir) throws Exception {
        List<Diagnostic> findings = validate(dir, schematron(dir, "hostile.xml"), true);
        assertTrue(requests.get() >= 1);
        // the entity stayed empty: the list holds one empty id, so both targets are unknown
        assertEquals(List.of("unknown target #d1", "unknown target #d9"), findings.stream().map(Diagnostic::message).toList());
    }
}
