package org.reachable.feeds.formats;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a record read from an XML feed (a pupil, a child), with its line, its text and its children. Records
 * are small, so each is read into this tree and mapped from there; the file as a whole is never held in memory.
 */
record XmlElement(String name, long line, String text, List<XmlElement> children) {

    XmlElement {
        text = text == null ? "" : text.strip();
        children = List.copyOf(children);
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text at a path of child names, or null when any step is missing or the text is blank. */
    String text(String... path) {
        XmlElement at = this;
        for (String step : path) {
            Optional<XmlElement> next = at.child(step);
            if (next.isEmpty()) {
                return null;
            }
            at = next.get();
        }
        return at.text.isEmpty() ? null : at.text;
    }

    /** Every element of that name anywhere below this one, in document order. */
    List<XmlElement> descendants(String descendantName) {
        return descendantsAndSelf().filter(e -> e != this && e.name.equals(descendantName)).toList();
    }

    private Stream<XmlElement> descendantsAndSelf() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(XmlElement::descendantsAndSelf));
    }

    /** The element written back as XML, kept with a problem so the record can be corrected and sent again. */
    String toXml() {
        StringBuilder out = new StringBuilder();
        write(out, 0);
        return out.toString();
    }

    private void write(StringBuilder out, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(name).append('>');
        if (children.isEmpty()) {
            out.append(escape(text));
        } else {
            out.append('\n');
            children.forEach(c -> c.write(out, depth + 1));
            out.append(indent);
        }
        out.append("</").append(name).append(">\n");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
