package io.kontor.formats.invoices;

import com.helger.jaxb.GenericJAXBMarshaller;
import jakarta.xml.bind.ValidationEvent;
import org.w3c.dom.Document;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Binds SafeXml's DOM with a ph-* JAXB marshaller, set up to read rather than validate: no XSD, and elements the
 * binding does not know (newer CII releases, extensions) are skipped without a word. ph's defaults would log each
 * one as an error — for every Factur-X written against D22B — and log a stack trace per unreadable upload; here the
 * read succeeds or the caller gets one message for one finding.
 */
final class JaxbBinding {

    private JaxbBinding() {
    }

    static <T> T bind(GenericJAXBMarshaller<T> marshaller, Document dom, String syntax) throws UnreadableInvoice {
        AtomicReference<String> failure = new AtomicReference<>("it does not bind to " + syntax);
        marshaller.setUseSchema(false);
        marshaller.setValidationEventHandler(event -> event.getSeverity() != ValidationEvent.FATAL_ERROR);
        marshaller.readExceptionCallbacks().set(e -> failure.set(syntax + ": " + e.getMessage()));
        T bound = marshaller.read(dom);
        if (bound == null) {
            throw new UnreadableInvoice(failure.get());
        }
        return bound;
    }
}
