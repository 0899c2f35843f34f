package org.retrace.format.graph;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.retrace.format.TraceFormatException;

/**
 * Reads an XML file once, before jgrapht-io's GraphML importer sees it, with a parser that
 * resolves nothing: no DTD, no external entity, no network. The importer builds its own SAX parser,
 * which would resolve a DOCTYPE's entities (reading local files into labels, fetching URLs), so a
 * document with a DOCTYPE is refused here, and malformed XML is reported at its line and column,
 * which the importer does not give. Costs O(file) time and O(depth) memory.
 */
final class SafeXml {
    private SafeXml() {
    }

    static void check(Path path, String file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("refused to fetch " + systemId);
        });
        try (InputStream in = new FileInputStream(path.toFile())) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        Location at = reader.getLocation();
                        throw new TraceFormatException(file, Math.max(1, at.getLineNumber()),
                                Math.max(1, at.getColumnNumber()), "a DOCTYPE is not allowed in GraphML: its "
                                + "entities could read local files or the network, so the file is not read");
                    }
                    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        Location at = reader.getLocation();
                        throw new TraceFormatException(file, Math.max(1, at.getLineNumber()),
                                Math.max(1, at.getColumnNumber()), "entity '&" + reader.getLocalName()
                                + ";' is not allowed in GraphML: only &amp; &lt; &gt; &quot; &apos; and numeric "
                                + "character references are");
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException malformed) {
            Location at = malformed.getLocation();
            throw new TraceFormatException(file, at == null ? 1 : Math.max(1, at.getLineNumber()),
                    at == null ? 1 : Math.max(1, at.getColumnNumber()), "malformed XML: " + reason(malformed));
        }
    }

    /** The parser's message without the "ParseError at [row,col]:" prefix it repeats. */
    private static String reason(XMLStreamException malformed) {
        String message = malformed.getMessage() == null ? "the parser gave no reason" : malformed.getMessage();
        int colon = message.indexOf("Message: ");
        return (colon >= 0 ? message.substring(colon + "Message: ".length()) : message).strip();
    }
}
