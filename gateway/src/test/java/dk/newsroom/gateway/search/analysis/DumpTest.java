package dk.newsroom.gateway.search.analysis;

import org.junit.jupiter.api.Test;

class DumpTest {

	@Test
	void dump() {
		DanishAnalysis analysis = DanishAnalysis.load();
		for (String text : new String[] { "Cybersikkerhed i kommunerne", "nye datacentre", "datacenter",
				"Åbenrå Kommune", "Aabenraa", "Ødegaard", "Oedegaard", "café", "cafe", "og i på det", "CAFÉEN",
				"ideen idé", "Virksomhedsdata", "Dataindsamling", "dataanalyse", "Ransomwareangreb",
				"Kandidatansøgninger", "skyldig", "planeten", "Netværkssikkerhed", "cybersikkerhedsløsninger",
				"arbejdsmarkedet", "artiklerne artikel", "Sikkerhedsrådet", "Folketingsvalget", "Kameraovervågning",
				"sikker", "Müller Straße Citroën Israel", "generalforsamling", "regeringen forsikring analysen" }) {
			System.out.println(text + " => index " + Tokens.positions(analysis.indexAnalyzer(), text) + " query "
					+ Tokens.positions(analysis.queryAnalyzer(), text));
		}
	}

}
