package io.github.cdsvn.core.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The province-level units shipped with cds: the nation, the 63 provinces and centrally governed
 * cities in force until 30 June 2025 (statistics office list of 1 March 2025), the 34 in force
 * from 1 July 2025 (Resolution 202/2025/QH15, codes of Official letter 915/CTK-CSCL) and which
 * old provinces formed each new one. Every merger of 2025 took whole provinces.
 */
final class StandardUnits {
  /** The nation's code. */
  static final String NATION_CODE = "VN";

  private static final String[][] BEFORE_REFORM = {
      {"01", "Hà Nội", "CENTRAL_CITY"},
      {"02", "Hà Giang", "PROVINCE"},
      {"04", "Cao Bằng", "PROVINCE"},
      {"06", "Bắc Kạn", "PROVINCE"},
      {"08", "Tuyên Quang", "PROVINCE"},
      {"10", "Lào Cai", "PROVINCE"},
      {"11", "Điện Biên", "PROVINCE"},
      {"12", "Lai Châu", "PROVINCE"},
      {"14", "Sơn La", "PROVINCE"},
      {"15", "Yên Bái", "PROVINCE"},
      {"17", "Hoà Bình", "PROVINCE"},
      {"19", "Thái Nguyên", "PROVINCE"},
      {"20", "Lạng Sơn", "PROVINCE"},
      {"22", "Quảng Ninh", "PROVINCE"},
      {"24", "Bắc Giang", "PROVINCE"},
      {"25", "Phú Thọ", "PROVINCE"},
      {"26", "Vĩnh Phúc", "PROVINCE"},
      {"27", "Bắc Ninh", "PROVINCE"},
      {"30", "Hải Dương", "PROVINCE"},
      {"31", "Hải Phòng", "CENTRAL_CITY"},
      {"33", "Hưng Yên", "PROVINCE"},
      {"34", "Thái Bình", "PROVINCE"},
      {"35", "Hà Nam", "PROVINCE"},
      {"36", "Nam Định", "PROVINCE"},
      {"37", "Ninh Bình", "PROVINCE"},
      {"38", "Thanh Hóa", "PROVINCE"},
      {"40", "Nghệ An", "PROVINCE"},
      {"42", "Hà Tĩnh", "PROVINCE"},
      {"44", "Quảng Bình", "PROVINCE"},
      {"45", "Quảng Trị", "PROVINCE"},
      {"46", "Huế", "CENTRAL_CITY"},
      {"48", "Đà Nẵng", "CENTRAL_CITY"},
      {"49", "Quảng Nam", "PROVINCE"},
      {"51", "Quảng Ngãi", "PROVINCE"},
      {"52", "Bình Định", "PROVINCE"},
      {"54", "Phú Yên", "PROVINCE"},
      {"56", "Khánh Hòa", "PROVINCE"},
      {"58", "Ninh Thuận", "PROVINCE"},
      {"60", "Bình Thuận", "PROVINCE"},
      {"62", "Kon Tum", "PROVINCE"},
      {"64", "Gia Lai", "PROVINCE"},
      {"66", "Đắk Lắk", "PROVINCE"},
      {"67", "Đắk Nông", "PROVINCE"},
      {"68", "Lâm Đồng", "PROVINCE"},
      {"70", "Bình Phước", "PROVINCE"},
      {"72", "Tây Ninh", "PROVINCE"},
      {"74", "Bình Dương", "PROVINCE"},
      {"75", "Đồng Nai", "PROVINCE"},
      {"77", "Bà Rịa - Vũng Tàu", "PROVINCE"},
      {"79", "Hồ Chí Minh", "CENTRAL_CITY"},
      {"80", "Long An", "PROVINCE"},
      {"82", "Tiền Giang", "PROVINCE"},
      {"83", "Bến Tre", "PROVINCE"},
      {"84", "Trà Vinh", "PROVINCE"},
      {"86", "Vĩnh Long", "PROVINCE"},
      {"87", "Đồng Tháp", "PROVINCE"},
      {"89", "An Giang", "PROVINCE"},
      {"91", "Kiên Giang", "PROVINCE"},
      {"92", "Cần Thơ", "CENTRAL_CITY"},
      {"93", "Hậu Giang", "PROVINCE"},
      {"94", "Sóc Trăng", "PROVINCE"},
      {"95", "Bạc Liêu", "PROVINCE"},
      {"96", "Cà Mau", "PROVINCE"},
  };

  private static final String[][] FROM_REFORM = {
      {"01", "Hà Nội", "CENTRAL_CITY"},
      {"04", "Cao Bằng", "PROVINCE"},
      {"08", "Tuyên Quang", "PROVINCE"},
      {"11", "Điện Biên", "PROVINCE"},
      {"12", "Lai Châu", "PROVINCE"},
      {"14", "Sơn La", "PROVINCE"},
      {"15", "Lào Cai", "PROVINCE"},
      {"19", "Thái Nguyên", "PROVINCE"},
      {"20", "Lạng Sơn", "PROVINCE"},
      {"22", "Quảng Ninh", "PROVINCE"},
      {"24", "Bắc Ninh", "PROVINCE"},
      {"25", "Phú Thọ", "PROVINCE"},
      {"31", "Hải Phòng", "CENTRAL_CITY"},
      {"33", "Hưng Yên", "PROVINCE"},
      {"37", "Ninh Bình", "PROVINCE"},
      {"38", "Thanh Hóa", "PROVINCE"},
      {"40", "Nghệ An", "PROVINCE"},
      {"42", "Hà Tĩnh", "PROVINCE"},
      {"44", "Quảng Trị", "PROVINCE"},
      {"46", "Huế", "CENTRAL_CITY"},
      {"48", "Đà Nẵng", "CENTRAL_CITY"},
      {"51", "Quảng Ngãi", "PROVINCE"},
      {"52", "Gia Lai", "PROVINCE"},
      {"56", "Khánh Hòa", "PROVINCE"},
      {"66", "Đắk Lắk", "PROVINCE"},
      {"68", "Lâm Đồng", "PROVINCE"},
      {"75", "Đồng Nai", "PROVINCE"},
      {"79", "Hồ Chí Minh", "CENTRAL_CITY"},
      {"80", "Tây Ninh", "PROVINCE"},
      {"82", "Đồng Tháp", "PROVINCE"},
      {"86", "Vĩnh Long", "PROVINCE"},
      {"91", "An Giang", "PROVINCE"},
      {"92", "Cần Thơ", "CENTRAL_CITY"},
      {"96", "Cà Mau", "PROVINCE"},
  };

  /** Old code, new code, type. */
  private static final String[][] LINEAGE = {
      {"01", "01", "FULL"},
      {"02", "08", "FULL"},
      {"04", "04", "FULL"},
      {"06", "19", "FULL"},
      {"08", "08", "FULL"},
      {"10", "15", "FULL"},
      {"11", "11", "FULL"},
      {"12", "12", "FULL"},
      {"14", "14", "FULL"},
      {"15", "15", "FULL"},
      {"17", "25", "FULL"},
      {"19", "19", "FULL"},
      {"20", "20", "FULL"},
      {"22", "22", "FULL"},
      {"24", "24", "FULL"},
      {"25", "25", "FULL"},
      {"26", "25", "FULL"},
      {"27", "24", "FULL"},
      {"30", "31", "FULL"},
      {"31", "31", "FULL"},
      {"33", "33", "FULL"},
      {"34", "33", "FULL"},
      {"35", "37", "FULL"},
      {"36", "37", "FULL"},
      {"37", "37", "FULL"},
      {"38", "38", "FULL"},
      {"40", "40", "FULL"},
      {"42", "42", "FULL"},
      {"44", "44", "FULL"},
      {"45", "44", "FULL"},
      {"46", "46", "FULL"},
      {"48", "48", "FULL"},
      {"49", "48", "FULL"},
      {"51", "51", "FULL"},
      {"52", "52", "FULL"},
      {"54", "66", "FULL"},
      {"56", "56", "FULL"},
      {"58", "56", "FULL"},
      {"60", "68", "FULL"},
      {"62", "51", "FULL"},
      {"64", "52", "FULL"},
      {"66", "66", "FULL"},
      {"67", "68", "FULL"},
      {"68", "68", "FULL"},
      {"70", "75", "FULL"},
      {"72", "80", "FULL"},
      {"74", "79", "FULL"},
      {"75", "75", "FULL"},
      {"77", "79", "FULL"},
      {"79", "79", "FULL"},
      {"80", "80", "FULL"},
      {"82", "82", "FULL"},
      {"83", "86", "FULL"},
      {"84", "86", "FULL"},
      {"86", "86", "FULL"},
      {"87", "82", "FULL"},
      {"89", "91", "FULL"},
      {"91", "91", "FULL"},
      {"92", "92", "FULL"},
      {"93", "92", "FULL"},
      {"94", "92", "FULL"},
      {"95", "96", "FULL"},
      {"96", "96", "FULL"},
  };

  private StandardUnits() {}

  /** Fills a registry builder with the standard units and lineage, and builds it. */
  static UnitRegistry registry(UnitRegistry.Builder builder) {
    LocalDate reform = AdministrativeLevel.REFORM_DATE;
    builder.add(AdministrativeUnit.builder().code(NATION_CODE).name("Việt Nam").kind(UnitKind.NATION).build());
    Map<String, AdministrativeUnit> before = new HashMap<>();
    Map<String, AdministrativeUnit> after = new HashMap<>();
    for (String[] row : BEFORE_REFORM) {
      AdministrativeUnit u = province(row, Validity.until(reform.minusDays(1)));
      before.put(u.code(), u);
      builder.add(u);
    }
    for (String[] row : FROM_REFORM) {
      AdministrativeUnit u = province(row, Validity.from(reform));
      after.put(u.code(), u);
      builder.add(u);
    }
    for (String[] link : LINEAGE) {
      builder.addSuccession(Succession.of(before.get(link[0]), after.get(link[1]),
          Succession.Type.valueOf(link[2]), reform));
    }
    return builder.build();
  }

  private static AdministrativeUnit province(String[] row, Validity validity) {
    return AdministrativeUnit.builder().code(row[0]).name(row[1]).kind(UnitKind.valueOf(row[2]))
        .parentCode(NATION_CODE).validity(validity).build();
  }
}
