package org.reachable.feeds.formats;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.CharConversionException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens agency XML safely: no DTDs and no entities of any kind (so no XXE and no entity expansion bombs), and hard
 * limits on one text node, element depth and attribute size so that a hostile or broken file cannot exhaust memory.
 * The encoding comes from the byte-order mark or the XML declaration (UTF-8 by default); bytes that do not fit it are
 * a well-formedness error with a line and column, like any other.
 */
final class SafeXml {

    /** Beyond this one text node stops the file: no field in these formats is anywhere near it. */
    static final int MAX_TEXT_NODE = 1_000_000;
    static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** "line 12, column 4: message" for a well-formedness error, without the parser's internal detail. */
    static String describe(XMLStreamException e, Location at) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // Woodstox appends the location after a newline ("at [row,col ...]"); we give it in our own words.
        int cut = message.indexOf("\n at [");
        String reason = (cut > 0 ? message.substring(0, cut) : message).replace('\n', ' ').strip();
        if (at != null) {
            return "Cannot read the XML at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + reason;
        }
        return "Cannot read the XML: " + reason;
    }

    static boolean isWrongEncoding(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_NODE);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 10_000);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 100);
        return factory;
    }
}
