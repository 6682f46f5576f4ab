// JsonWriter must write exactly what nlohmann's dump() writes for the same
// values: the facts JSONL format did not change when extract moved to it.
#include "cli/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace actorgraph {
namespace {

TEST(JsonWriterTest, StringsAreEscapedAsNlohmannDoes) {
  const std::string cases[] = {
      "",
      "plain words",
      "a \"quoted\" word",
      "back\\slash and / slash",
      "line\nbreak\ttab\rreturn\b\f",
      std::string("nul\0byte", 8),
      "\x01\x1f control",
      "<script>alert(1)</script>",
      "Brandh\xC3\xB8j \xE2\x80\x9C" "curly\xE2\x80\x9D \xF0\x9F\x98\x80",
  };
  for (const std::string& s : cases) {
    std::string out;
    AppendJsonString(s, &out);
    EXPECT_EQ(out, nlohmann::json(s).dump()) << "input: " << s;
    EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), s) << "input: " << s;
  }
}

TEST(JsonWriterTest, InvalidUtf8BecomesReplacementCharacter) {
  const std::string cases[] = {"Latin-1 caf\xE9", "cut \xE2\x80", "\xFF\xFE", "\xC0\xAF"};
  for (const std::string& s : cases) {
    std::string out;
    AppendJsonString(s, &out);
    EXPECT_EQ(out, nlohmann::json(s).dump(-1, ' ', false,
                                          nlohmann::json::error_handler_t::replace))
        << "input: " << s;
  }
}

TEST(JsonWriterTest, NestedValuesMatchNlohmann) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("doc").String("d1");
  w.Key("empty").BeginArray().EndArray();
  w.Key("items").BeginArray();
  w.BeginObject().Key("n").Int(-3).Key("b").Bool(true).Key("x").Null().EndObject();
  w.BeginObject().EndObject();
  w.Int(7);
  w.EndArray();
  w.Key("s").StringOrNull("").Key("t").StringOrNull("v");
  w.EndObject();

  nlohmann::ordered_json expected = {
      {"doc", "d1"},
      {"empty", nlohmann::ordered_json::array()},
      {"items", {{{"n", -3}, {"b", true}, {"x", nullptr}}, nlohmann::ordered_json::object(), 7}},
      {"s", nullptr},
      {"t", "v"}};
  EXPECT_EQ(out, expected.dump());
}

TEST(JsonWriterTest, DoublesMatchNlohmann) {
  const double cases[] = {0.0, 1.0, 0.9, 0.85, 1.0 / 3.0, 1e-7, 12345678.0, -2.5, 1e300};
  for (double d : cases) {
    std::string out;
    JsonWriter(&out).Double(d);
    EXPECT_EQ(out, nlohmann::json(d).dump()) << "value: " << d;
  }
}

}  // namespace
}  // namespace actorgraph
