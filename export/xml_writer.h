// A thin owner of libxml2's xmlTextWriter writing into memory, for the GEXF
// and GraphML writers. libxml2 escapes markup ('<', '&', '"', and newlines
// and tabs inside attribute values as character references), and every
// value passes through CleanText (export/graph_table.h) first, so the output
// is well-formed XML 1.0 whatever the input bytes: libxml2 itself would copy
// control characters and bad UTF-8 through.
#ifndef ACTORGRAPH_EXPORT_XML_WRITER_H_
#define ACTORGRAPH_EXPORT_XML_WRITER_H_

#include <libxml/xmlwriter.h>

#include <memory>
#include <string>
#include <string_view>

#include "model/status.h"

namespace actorgraph {

class XmlWriter {
 public:
  // Starts a UTF-8 document with an XML declaration, indented by two spaces.
  XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  // Element and attribute names are ours (ASCII literals); values are any
  // bytes. After a failure every call does nothing and Finish reports it.
  void Start(const char* element);
  void Attribute(const char* name, std::string_view value);
  void Text(std::string_view text);
  void End();

  // Closes open elements and returns the document, or IOError naming the
  // first call libxml2 refused. Call once.
  Result<std::string> Finish();

 private:
  void Check(int rc, const char* what);

  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer_;
  // Declared after buffer_ so it is freed (and flushed) first.
  std::unique_ptr<xmlTextWriter, decltype(&xmlFreeTextWriter)> writer_;
  std::string error_;  // empty while all is well
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_XML_WRITER_H_
