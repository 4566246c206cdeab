"""A small graph whose document-derived text tries to break out of the page."""
from __future__ import annotations

from edugraph.graph.sample import sample_graph

SCRIPT_NAME = "<script>window.__pwned_script=1</script>ครูสมศรี"
CLOSE_NAME = "</script><script>window.__pwned_close=1</script>โรงเรียน"
IMG_NAME = "\"><img src=x onerror=\"window.__pwned_img=1\">หน่วยงาน 'ทดสอบ'"
ALIAS = "<img src=x onerror=window.__pwned_alias=1>"
EVIDENCE = "นายสมชาย </script><svg onload=window.__pwned_svg=1> ร่วมลงนาม <b>ตัวหนา</b> & \u2028 บรรทัด"
DOC_TITLE = "<iframe src=javascript:window.__pwned_doc=1></iframe>ข่าว"
JS_URL = "javascript:window.__pwned_link=1"
EVENT_TYPE = "<img src=x onerror=window.__pwned_type=1>"
FLAGS = ["__pwned_link", "__pwned_type", "__pwned_script", "__pwned_close", "__pwned_img", "__pwned_alias", "__pwned_svg", "__pwned_doc"]
EVENT = "Event:signing:2022-04-19:สตูล"


def hostile_graph():
    g = sample_graph()
    g.add_node("Person:hostile-script", label="Person", name=SCRIPT_NAME, aliases=[ALIAS], position="<i>ครู</i>")
    g.add_node("Agency:hostile-close", label="Agency", name=CLOSE_NAME, aliases=[], kind="school")
    g.add_node("Agency:hostile-img", label="Agency", name=IMG_NAME, aliases=[], kind="<b>x</b>")
    g.add_node("evil.txt", label="Document", name=DOC_TITLE, title=DOC_TITLE, published="2022-04-21",
               source="evil.txt", url=JS_URL)
    g.add_node("Event:hostile", label="Event", name=SCRIPT_NAME, title=SCRIPT_NAME, event_type=EVENT_TYPE,
               date="2022-05-01", province="สตูล", aliases=[])
    g.add_edge("Event:hostile", "Province:สตูล", key="HELD_IN", type="HELD_IN", sources=["evil.txt"],
               evidence=[EVIDENCE], titles=[""])
    for key in ("Person:hostile-script", "Agency:hostile-close", "Agency:hostile-img"):
        g.add_edge(key, EVENT, key="SIGNED", type="SIGNED", sources=["evil.txt", "d1.txt"],
                   evidence=[EVIDENCE, "ร่วมลงนามบันทึกข้อตกลง"], titles=["", ""])
        g.add_edge("evil.txt", key, key="MENTIONS", type="MENTIONS", names=[g.nodes[key]["name"]])
    return g
