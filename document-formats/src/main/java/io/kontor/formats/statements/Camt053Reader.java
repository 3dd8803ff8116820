package io.kontor.formats.statements;

import io.kontor.formats.Finding;
import io.kontor.formats.StatementFacts;
import io.kontor.formats.xml.SafeXml;
import io.kontor.formats.xml.UnsafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads camt.053 (Bank-to-Customer Statement) messages, versions .001.02 to .001.10, whose element names for what
 * Kontor extracts are the same.
 *
 * <p>Why a DOM over {@link SafeXml} and not Prowide's pw-iso20022: Prowide unmarshals with JAXB, one generated
 * model per message version (a jar of tens of megabytes for a dozen elements read here), and JAXB over untrusted XML
 * needs hardening of its own that SafeXml already gives every reader in this module in one place. Reading these
 * few, fixed paths by name through one namespace-checked walk keeps all versions in one small class and every
 * byte behind the same DOCTYPE ban and depth limit.
 */
final class Camt053Reader {

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.(\\d{2})");
    private static final int OLDEST_VERSION = 2;
    private static final int NEWEST_VERSION = 10;

    private Camt053Reader() {
    }

    static StatementRead read(byte[] xml) throws UnreadableStatement {
        if (xml.length == 0) {
            throw new UnreadableStatement(FindingCodes.EMPTY, "The file is empty.");
        }
        if (xml.length > StatementReader.MAX_BYTES) {
            throw new UnreadableStatement(FindingCodes.TOO_LARGE, "The file has " + xml.length
                    + " bytes; Kontor reads statements of up to " + StatementReader.MAX_BYTES + " bytes.");
        }
        Element root = parse(xml).getDocumentElement();
        CamtTree tree = new CamtTree(supportedNamespace(root));
        Element message = tree.child(root, "BkToCstmrStmt");
        if (message == null) {
            throw new UnreadableStatement(FindingCodes.NOT_CAMT053,
                    "The XML has no BkToCstmrStmt: it is not a bank-to-customer statement.");
        }
        List<Element> stmts = tree.children(message, "Stmt");
        if (stmts.isEmpty()) {
            throw CamtValues.invalid("The camt.053 message holds no statement (Stmt)");
        }
        refuseTooManyEntries(tree, stmts);

        CamtStatement statement = new CamtStatement(tree);
        List<StatementFacts> statements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Element stmt : stmts) {
            StatementFacts facts = statement.read(stmt, statements.size() + 1);
            statements.add(facts);
            BalanceCheck.of(facts).ifPresent(findings::add);
        }
        return new StatementRead(statements, findings);
    }

    private static Document parse(byte[] xml) throws UnreadableStatement {
        try {
            return SafeXml.parse(xml);
        } catch (UnsafeXml e) {
            throw new UnreadableStatement(FindingCodes.UNSAFE_XML, e.getMessage());
        }
    }

    private static String supportedNamespace(Element root) throws UnreadableStatement {
        String namespace = root.getNamespaceURI();
        Matcher matcher = NAMESPACE.matcher(namespace == null ? "" : namespace);
        if (!"Document".equals(root.getLocalName()) || !matcher.matches()) {
            throw new UnreadableStatement(FindingCodes.NOT_CAMT053, "The XML is a " + root.getLocalName()
                    + " in the namespace " + StatementText.quote(namespace) + ", not a camt.053 message.");
        }
        int version = Integer.parseInt(matcher.group(1));
        if (version < OLDEST_VERSION || version > NEWEST_VERSION) {
            throw new UnreadableStatement(FindingCodes.UNSUPPORTED_VERSION, "The file is camt.053.001."
                    + matcher.group(1) + "; Kontor reads camt.053.001.02 to .10.");
        }
        return namespace;
    }

    /** Counted before any entry is read, so an oversized file costs one walk and no objects. */
    private static void refuseTooManyEntries(CamtTree tree, List<Element> stmts) throws UnreadableStatement {
        long entries = 0;
        for (Element stmt : stmts) {
            entries += tree.children(stmt, "Ntry").size();
        }
        if (entries > StatementReader.MAX_ENTRIES) {
            throw new UnreadableStatement(FindingCodes.TOO_MANY_ENTRIES, "The file holds " + entries
                    + " entries; Kontor reads statements of up to " + StatementReader.MAX_ENTRIES + " entries.");
        }
    }
}
