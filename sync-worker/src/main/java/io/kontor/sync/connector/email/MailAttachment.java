package io.kontor.sync.connector.email;

/** One file of a delivery mail, attached byte for byte. */
record MailAttachment(String name, String mediaType, byte[] bytes) {

    @Override
    public String toString() {
        return "MailAttachment[" + name + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
