// SPDX-License-Identifier: GPL-2.0
/*
 * Coverage-guided fuzz target for the rule-pack parser (libFuzzer, with
 * ASan and UBSan): 'make fuzz' runs it for FUZZ_SECONDS on the corpus in
 * testsuite/fuzz/corpus/.  Each input is a rule file, parsed for the
 * oldest and the newest kernel of the pack (since/until take different
 * branches).  Besides no crash, hang or leak, it checks the parser's
 * promise: either a pack whose every name can be looked up again, or
 * NULL with "fuzz.rules:LINE:COL: error: ..." in the message buffer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules.h"

static void check_pack(const struct lr_pack *pack)
{
	int i;

	for (i = 0; i < pack->nclasses; i++)
		if (lr_pack_class(pack, pack->classes[i].name) < 0)
			abort();
	for (i = 0; i < pack->napis; i++)
		if (!lr_pack_api(pack, pack->apis[i].name))
			abort();
	for (i = 0; i < pack->nrules; i++)
		if (!lr_pack_rule(pack, pack->rules[i].id))
			abort();
	if (pack->nrules == 0 || (pack->oldest && pack->newest < pack->oldest))
		abort();
}

static void check_error(const char *err)
{
	int line, col, n = 0;

	if (sscanf(err, "fuzz.rules:%d:%d: error: %n", &line, &col, &n) != 2 || n == 0 ||
	    line < 1 || col < 1 || !err[n]) {
		fprintf(stderr, "malformed parser message: '%s'\n", err);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int versions[] = { LR_VERSION(6, 1), LR_VERSION(6, 12) };
	char *text = malloc(size + 1);
	char err[512];
	size_t v;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
		struct lr_pack *pack;

		err[0] = '\0';
		pack = lr_pack_parse(text, "fuzz.rules", versions[v], err, sizeof(err));
		if (pack)
			check_pack(pack);
		else
			check_error(err);
		lr_pack_free(pack);
	}
	free(text);
	return 0;
}
