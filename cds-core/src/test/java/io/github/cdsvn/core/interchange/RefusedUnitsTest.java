package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidDataException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A unit the reader refuses is reported once, where it is: the units whose parent it is, and the
 * links of lineage that name it, are not reported again as naming no unit. Their other problems
 * are reported all the same.
 */
class RefusedUnitsTest {
  private static List<String> problems(Callable<?> read) {
    Object[] thrown = new Object[1];
    assertThatThrownBy(read::call).isInstanceOfSatisfying(InvalidDataException.class, e -> thrown[0] = e);
    return ((InvalidDataException) thrown[0]).problems().stream().map(InvalidDataException.Problem::toString).toList();
  }

  @Test
  void theChildrenAndLineageOfARefusedUnitInARegistryAreNotReportedAgain() {
    String json = """
        {
          "format": "cds-units",
          "version": 1,
          "units": [
            { "code": "83", "name": "Bến Tre", "kind": "province", "level": "province", "valid_until": "2025-06-30", "area": 2380 },
            { "code": "836", "name": "Ba Tri", "kind": "rural_district", "level": "district", "parent": "83", "valid_until": "2025-06-30" },
            { "code": "837", "name": "Bình Đại", "kind": "rural_district", "level": "district", "parent": "83", "valid_until": "2025-06-30" },
            { "code": "838", "name": "Giồng Trôm", "kind": "rural_district", "level": "district", "parent": "99", "valid_until": "2025-06-30" },
            { "code": "86", "name": "Vĩnh Long", "kind": "province", "level": "province", "valid_from": "2025-07-01" }
          ],
          "successions": [
            {
              "predecessor": { "code": "83", "on": "2025-06-30" },
              "successor": { "code": "86", "on": "2025-07-01" },
              "type": "full",
              "effective": "2025-07-01"
            },
            {
              "predecessor": { "code": "836", "on": "2025-06-30" },
              "successor": { "code": "29110", "on": "2025-07-01" },
              "type": "full",
              "effective": "2025-07-01"
            }
          ]
        }
        """;
    assertThat(problems(() -> JsonFormat.standard().readRegistry(new StringReader(json), "units.json")))
        .containsExactly(
            "units.json:5:110: unknown field 'area' in unit; known fields: code, name, kind, level, parent,"
                + " valid_from, valid_until",
            "units.json:20:30: unit code '29110' names no unit of this file on 2025-07-01",
            "units.json:8:5: parent code 99 names no unit in force while this unit is […, 2025-06-30]");
  }

  @Test
  void theChildrenOfARefusedUnitInAUnitListAreNotReportedAgain() {
    String csv = "#format=cds-unit-list;version=1\ncode,name,kind,level,parent,valid_until\n"
        + "83,Bến Tre,province,province,,30/06/2025\n"
        + "836,Ba Tri,rural_district,district,83,2025-06-30\n"
        + "837,Bình Đại,rural_district,district,83,2025-06-30\n"
        + "838,Giồng Trôm,rural_district,district,99,2025-06-30\n";
    assertThat(problems(() -> CsvFormat.standard().readUnitList(new StringReader(csv), "units.csv")))
        .containsExactly(
            "units.csv:line 3, column valid_until: '30/06/2025' is not a date written yyyy-mm-dd",
            "units.csv:line 6: parent code 99 names no unit in force while this unit is […, 2025-06-30]");
  }
}
