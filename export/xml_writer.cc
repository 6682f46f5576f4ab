#include "export/xml_writer.h"

#include "export/graph_table.h"

namespace actorgraph {

namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

}  // namespace

XmlWriter::XmlWriter()
    : buffer_(xmlBufferCreate(), &xmlBufferFree), writer_(nullptr, &xmlFreeTextWriter) {
  if (buffer_ == nullptr) {
    error_ = "xmlBufferCreate failed";
    return;
  }
  writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
  if (writer_ == nullptr) {
    error_ = "xmlNewTextWriterMemory failed";
    return;
  }
  Check(xmlTextWriterSetIndent(writer_.get(), 1), "indent");
  Check(xmlTextWriterSetIndentString(writer_.get(), X("  ")), "indent");
  Check(xmlTextWriterStartDocument(writer_.get(), nullptr, "UTF-8", nullptr), "declaration");
}

void XmlWriter::Check(int rc, const char* what) {
  if (rc < 0 && error_.empty()) error_ = std::string("libxml2 refused ") + what;
}

void XmlWriter::Start(const char* element) {
  if (!error_.empty()) return;
  Check(xmlTextWriterStartElement(writer_.get(), X(element)), element);
}

void XmlWriter::Attribute(const char* name, std::string_view value) {
  if (!error_.empty()) return;
  std::string clean = CleanText(value);
  Check(xmlTextWriterWriteAttribute(writer_.get(), X(name), X(clean.c_str())), name);
}

void XmlWriter::Text(std::string_view text) {
  if (!error_.empty()) return;
  std::string clean = CleanText(text);
  Check(xmlTextWriterWriteString(writer_.get(), X(clean.c_str())), "text");
}

void XmlWriter::End() {
  if (!error_.empty()) return;
  Check(xmlTextWriterEndElement(writer_.get()), "end of element");
}

Result<std::string> XmlWriter::Finish() {
  if (error_.empty()) Check(xmlTextWriterEndDocument(writer_.get()), "end of document");
  if (error_.empty()) Check(xmlTextWriterFlush(writer_.get()), "flush");
  if (!error_.empty()) return Status::IOError("cannot write XML: " + error_);
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                     static_cast<size_t>(xmlBufferLength(buffer_.get())));
}

}  // namespace actorgraph
