# lockrules: build the GCC plugin (host and cross), run the tests, check kernels.
#
#   make                 plugin/lockrules.so, plugin/$(CROSS_TRIPLE)/lockrules.so and
#                        plugin/sparse/lockrules-sparse (the sparse front end, CHECK=)
#   make check           install what is missing, build, run every test
#   make kernel-check    check a real kernel tree (see README.md)

HOSTCC      ?= gcc
HOSTCXX     ?= g++
CROSS_COMPILE ?= aarch64-linux-gnu-
CROSS_TRIPLE  := $(patsubst %-,%,$(CROSS_COMPILE))
PYTHON      ?= python3
# Caches (sparse's source and library, kernel trees and builds) live here, never in the repo.
LOCKRULES_CACHE ?= $(HOME)/.cache/lockrules
export LOCKRULES_CACHE

CFLAGS      ?= -O2 -g
WARN        := -Wall -Wextra -Wno-unused-parameter -Wno-format-truncation
# plugin/engine: the engine (plain C); plugin/engine/include: its public
# header, the only one a front end sees; plugin/gcc: the GCC front end;
# plugin/tools: rules2cocci, packdump, embed.sh, review.py, lrdiag.py.
ENGINE_SRC  := $(addprefix plugin/engine/,rules.c lockset.c keys.c options.c graph.c calls.c \
		diag.c need.c order.c path.c transfer.c solve.c summary.c roots.c sites.c wp.c db.c dump.c \
		analyse.c provenance.c)
ENGINE_INC  := plugin/engine/include
ENGINE_HDR  := $(wildcard plugin/engine/*.h) $(ENGINE_INC)/engine.h
FRONT_SRC   := plugin/gcc/gcc_plugin.c plugin/gcc/gcc_gimple.c
FRONT_HDR   := plugin/gcc/gcc_frontend.h $(ENGINE_INC)/engine.h
BUILD       := plugin/build
ENGINE_OBJ  := $(patsubst plugin/engine/%.c,$(BUILD)/engine/%.o,$(ENGINE_SRC)) $(BUILD)/engine/builtin_rules.o
PACK_SRC    := plugin/engine/rules.c
PACK_HDR    := plugin/engine/rules.h

HOST_PLUGIN_INC  = $(shell $(HOSTCC) -print-file-name=plugin)/include
CROSS_PLUGIN_INC = $(shell $(CROSS_COMPILE)gcc -print-file-name=plugin)/include
PLUGIN_CXXFLAGS := -x c++ -std=gnu++11 -fPIC -fno-rtti -fno-exceptions $(CFLAGS) \
		   -Wall -Wno-unused-parameter -Wno-format-diag -Wno-format-truncation \
		   -I$(ENGINE_INC) -Iplugin/gcc

# The sparse front end: plugin/sparse/lockrules-sparse, linked against
# libsparse.a built from Debian's sparse source package in the cache.
SPARSE_DIR  := $(LOCKRULES_CACHE)/sparse-src/current
SPARSE_LIB  := $(SPARSE_DIR)/libsparse.a
SPARSE_SRC  := $(addprefix plugin/sparse/,sparse_main.c sparse_ir.c sparse_types.c sparse_init.c)
SPARSE_HDR  := plugin/sparse/sparse_frontend.h $(ENGINE_INC)/engine.h
SPARSE_BIN  := plugin/sparse/lockrules-sparse

.PHONY: all host cross sparse check deps clean kernel-check kernel-check-all kernel-db db-bench \
	kernel-full mutation-check mutation-scan bench cocci cocci-kernel-check review review-check \
	review-hook review-bench fuzz torture

all: host cross sparse

host: plugin/lockrules.so plugin/lockrules-db
cross: plugin/$(CROSS_TRIPLE)/lockrules.so

$(BUILD)/engine/%.o: plugin/engine/%.c $(ENGINE_HDR)
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=gnu99 -fPIC $(CFLAGS) $(WARN) -I$(ENGINE_INC) -Iplugin/engine -c $< -o $@

# The rule pack is built into the plugin: -fplugin=lockrules.so alone works.
$(BUILD)/builtin_rules.c: rules/mm.rules plugin/tools/embed.sh
	@mkdir -p $(dir $@)
	sh plugin/tools/embed.sh lr_builtin_rules $< > $@

$(BUILD)/engine/builtin_rules.o: $(BUILD)/builtin_rules.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -fPIC $(CFLAGS) -c $< -o $@

plugin/lockrules.so: $(FRONT_SRC) $(FRONT_HDR) $(ENGINE_OBJ)
	@test -d "$(HOST_PLUGIN_INC)" || { echo "error: no GCC plugin headers at $(HOST_PLUGIN_INC); install gcc-12-plugin-dev (make deps)" >&2; exit 1; }
	$(HOSTCXX) $(PLUGIN_CXXFLAGS) -I$(HOST_PLUGIN_INC) -shared $(FRONT_SRC) -x none $(ENGINE_OBJ) -o $@

# One .so per target compiler, same dash-free basename, own folder: GCC takes
# the plugin's name from the basename and checks the compiler it was built for.
# Any triple whose <triple>-gcc has plugin headers: plugin/<triple>/lockrules.so.
plugin/%/lockrules.so: $(FRONT_SRC) $(FRONT_HDR) $(ENGINE_OBJ)
	@inc=$$($*-gcc -print-file-name=plugin 2>/dev/null)/include; \
	test -d "$$inc" || { echo "error: no plugin headers for $*-gcc at $$inc; install gcc-12-plugin-dev-$* (make deps, or make deps ARCH=<arch>)" >&2; exit 1; }; \
	mkdir -p $(dir $@); \
	echo "$(HOSTCXX) ... -I$$inc -shared ... -o $@"; \
	$(HOSTCXX) $(PLUGIN_CXXFLAGS) -I$$inc -shared $(FRONT_SRC) -x none $(ENGINE_OBJ) -o $@

# The kernel architectures (ARCH=) and their cross compilers: x86_64 is the
# host; the compilers of riscv64, ppc64le and s390x are installed only when
# asked for (make deps ARCH=..., make kernel-check ARCH=..., kernel-check-all).
KERNEL_ARCHES   := x86_64 arm64 riscv64 ppc64le s390x
TRIPLE_x86_64   :=
TRIPLE_arm64    := aarch64-linux-gnu
TRIPLE_riscv64  := riscv64-linux-gnu
TRIPLE_ppc64le  := powerpc64le-linux-gnu
TRIPLE_s390x    := s390x-linux-gnu
arch_plugin      = $(if $(TRIPLE_$(1)),plugin/$(TRIPLE_$(1))/lockrules.so,plugin/lockrules.so)
arch_packages    = $(if $(filter-out x86_64 arm64,$(1)),gcc-$(TRIPLE_$(1)) gcc-12-plugin-dev-$(TRIPLE_$(1)))

sparse: $(SPARSE_BIN)

$(SPARSE_LIB):
	sh testsuite/sparse-source.sh >/dev/null
	$(MAKE) -C $(SPARSE_DIR) libsparse.a

# sparse's headers are included as system headers: their -Wextra noise is not ours.
$(SPARSE_BIN): $(SPARSE_SRC) $(SPARSE_HDR) $(ENGINE_OBJ) $(SPARSE_LIB)
	$(HOSTCC) -std=gnu11 $(CFLAGS) $(WARN) -isystem $(SPARSE_DIR) -I$(ENGINE_INC) -Iplugin/sparse \
		$(SPARSE_SRC) $(ENGINE_OBJ) $(SPARSE_LIB) -o $@

# The Coccinelle rules are generated from the rule pack: 'make cocci' rewrites
# cocci/*.cocci; 'make check' fails when a committed file is out of date.
$(BUILD)/rules2cocci: plugin/tools/rules2cocci.c $(PACK_SRC) $(PACK_HDR)
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=gnu99 $(CFLAGS) $(WARN) -Iplugin/engine plugin/tools/rules2cocci.c $(PACK_SRC) -o $@

# The pack as JSON, for scripts: they read it through rules.c, never parse rules/.
$(BUILD)/packdump: plugin/tools/packdump.c $(PACK_SRC) $(PACK_HDR)
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=gnu99 $(CFLAGS) $(WARN) -Iplugin/engine plugin/tools/packdump.c $(PACK_SRC) -o $@

# The database's report step (engine/db.c, engine/wp.c): plugin/lockrules-db DIR.
plugin/lockrules-db: plugin/tools/lockrules-db.c $(ENGINE_OBJ) $(ENGINE_HDR)
	$(HOSTCC) -std=gnu99 $(CFLAGS) $(WARN) -I$(ENGINE_INC) $< $(ENGINE_OBJ) -o $@

cocci: $(BUILD)/rules2cocci
	$(BUILD)/rules2cocci rules/mm.rules cocci

# The rule-pack parser under libFuzzer with ASan and UBSan, for FUZZ_SECONDS
# (testsuite/fuzz/run.sh; FUZZ_UPDATE=1 merges new coverage into the corpus).
FUZZ_SECONDS ?= 300
FUZZ_CC     ?= clang
$(BUILD)/fuzz_rules: testsuite/fuzz/fuzz_rules.c $(PACK_SRC) $(PACK_HDR)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=gnu99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-Iplugin/engine testsuite/fuzz/fuzz_rules.c $(PACK_SRC) -o $@

fuzz:
	EXTRA_PACKAGES="clang libclang-rt-14-dev" sh testsuite/install-deps.sh
	$(MAKE) $(BUILD)/fuzz_rules
	FUZZ_SECONDS=$(FUZZ_SECONDS) nice -n 10 sh testsuite/fuzz/run.sh

# GCC's own C tests (gcc-12-source: gcc.c-torture/compile, execute, gcc.dg)
# with the plugin and testsuite/torture/torture.rules, -O0 and -O2, host and
# cross: no ICE, identical assembly.  TORTURE_SAMPLE=N: every Nth file.
TORTURE_SAMPLE ?= 1
torture:
	EXTRA_PACKAGES="gcc-12-source xz-utils" sh testsuite/install-deps.sh
	$(MAKE) all
	SAMPLE=$(TORTURE_SAMPLE) JOBS=2 CROSS_TRIPLE=$(CROSS_TRIPLE) nice -n 10 sh testsuite/torture/run.sh

# The engine's unit tests see its internals (internal.h): graphs built by hand.
testsuite/engine/engine_test: testsuite/engine/engine_test.c testsuite/engine/calls_test.c testsuite/engine/limits_test.c $(ENGINE_OBJ) $(ENGINE_HDR)
	$(HOSTCC) -std=gnu99 $(CFLAGS) $(WARN) -I$(ENGINE_INC) -Iplugin/engine $< $(ENGINE_OBJ) -o $@

# Packages, and sparse's source package for libsparse.a (testsuite/sparse-source.sh).
deps:
	EXTRA_PACKAGES="$(call arch_packages,$(ARCH))" sh testsuite/install-deps.sh
	sh testsuite/sparse-source.sh >/dev/null

check: deps
	$(MAKE) all testsuite/engine/engine_test $(BUILD)/rules2cocci $(BUILD)/packdump
	$(PYTHON) testsuite/run-tests.py --cross $(CROSS_COMPILE)

# The main job: check a real kernel tree (KERNEL=6.12|6.1|<path>,
# ARCH=x86_64|arm64|riscv64|ppc64le|s390x).  FRONTEND=sparse: the sparse
# front end as kbuild's C=2 CHECK= (timed against Debian's sparse); LLVM=1
# (with FRONTEND=sparse): a clang build.
KERNEL ?= 6.12
OBJ ?= mm/memory.o
ARCH ?= x86_64
FLAVOUR ?=
FRONTEND ?= gcc
LLVM ?=
KENV = KERNEL=$(KERNEL) ARCH=$(ARCH) FLAVOUR=$(FLAVOUR) FRONTEND=$(FRONTEND) LLVM=$(LLVM)
kernel-check: deps
	$(MAKE) all $(call arch_plugin,$(ARCH))
	$(KENV) bash testsuite/kernel/kernel-check.sh

# Both versions on the five architectures (every cross compiler installed).
kernel-check-all:
	EXTRA_PACKAGES="$(foreach a,$(KERNEL_ARCHES),$(call arch_packages,$(a)))" sh testsuite/install-deps.sh
	$(MAKE) all $(foreach a,$(KERNEL_ARCHES),$(call arch_plugin,$(a)))
	status=0; for k in 6.12 6.1; do for a in $(KERNEL_ARCHES); do \
		KERNEL=$$k ARCH=$$a FRONTEND=$(FRONTEND) bash testsuite/kernel/kernel-check.sh || status=1; \
	done; done; exit $$status

# A whole vmlinux of the kernel-check config, without and with the plugin:
# no crash, warnings against testsuite/kernel/full-<version>-<arch>.expected,
# identical objects, the build-time ratio (40+ minutes on 2 cores).
# FULL_TARGETS="lib/ kernel/" tries the script on something smaller.
FULL_TARGETS ?= vmlinux
kernel-full: deps
	$(MAKE) all $(call arch_plugin,$(ARCH))
	KERNEL=$(KERNEL) ARCH=$(ARCH) FULL_TARGETS="$(FULL_TARGETS)" bash testsuite/kernel/kernel-full.sh

# The cross-unit database of a whole kernel (vmlinux of the kernel-check
# config): $(LOCKRULES_CACHE)/db-<version>-<arch>, used by kernel-check.
kernel-db: deps
	$(MAKE) all
	KERNEL=$(KERNEL) ARCH=$(ARCH) bash testsuite/kernel/kernel-db.sh

# The database's cost to a rebuild of one object (OBJ=mm/memory.o), NOTES 10.
db-bench: deps
	$(MAKE) all
	KERNEL=$(KERNEL) ARCH=$(ARCH) OBJ=$(OBJ) bash testsuite/kernel/db-bench.sh

# The plugin's cost: build-time ratio, median of 3 interleaved rounds
# (FRONTEND=sparse: make C=2 CPU time against Debian's sparse, NOTES 9).
bench: deps
	$(MAKE) all
	ROUNDS=3 $(KENV) bash testsuite/kernel/kernel-check.sh

# Recall: every mutation in testsuite/kernel/mutations/ detected, every control silent.
MUTATION_KERNELS ?= 6.12 6.1
mutation-check: deps
	$(MAKE) all
	status=0; for k in $(MUTATION_KERNELS); do \
		KERNEL=$$k ARCH=$(ARCH) FRONTEND=$(FRONTEND) bash testsuite/kernel/mutation-check.sh || status=1; \
	done; exit $$status

# Recall on mechanical mutants of every lock site of the checked files
# (default 6.12 x86_64, all of them; SAMPLE=N SEED=S for a seeded sample;
# COCCI=0 leaves out the Coccinelle rules).
SAMPLE ?= 0
SEED ?= 1
COCCI ?= 1
# COCCI_ONLY=1: no build, only the Coccinelle rules (COCCI_BEFORE=<rev> compares).
COCCI_ONLY ?= 0
mutation-scan: deps
	$(MAKE) all $(BUILD)/packdump
	KERNEL=$(KERNEL) ARCH=$(ARCH) SAMPLE=$(SAMPLE) SEED=$(SEED) COCCI=$(COCCI) COCCI_ONLY=$(COCCI_ONLY) \
		COCCI_BEFORE=$(COCCI_BEFORE) bash testsuite/kernel/mutation-scan.sh

# The pre-submit review bot (plugin/tools/review.py): only the violations a
# change introduces (README "Pre-submit review").
#   make review PATCH=<patch or mbox> | RANGE=<base>..<head>
#        [KERNEL_TREE=<tree> [BUILD_DIR=<its configured build dir>]]
#   make review-hook KERNEL_TREE=<git tree> [BUILD_DIR=...]   git send-email runs it
# Without KERNEL_TREE: the cached tree of make kernel-check (KERNEL, ARCH).
# With KERNEL_TREE and BUILD_DIR both given, tree.sh (which configures a
# build directory of its own) is not needed.
REVIEW_ENV = KERNEL=$(if $(KERNEL_TREE),$(abspath $(KERNEL_TREE)),$(KERNEL)) ARCH=$(ARCH)
REVIEW_RUN = $(if $(and $(KERNEL_TREE),$(BUILD_DIR)),python3 plugin/tools/review.py --src $(abspath $(KERNEL_TREE)) \
	--build $(abspath $(BUILD_DIR)) --arch $(ARCH),bash -c '. testsuite/kernel/tree.sh && exec python3 plugin/tools/review.py \
	--src "$$SRC" --build "$$BUILD" --arch $(ARCH) "$$@"' $(CURDIR)/testsuite/kernel/review)
review: deps
	$(MAKE) all
	@test -n "$(PATCH)$(RANGE)" || { echo "make review PATCH=<file> or RANGE=<base>..<head>" >&2; exit 2; }
	@$(REVIEW_ENV) $(REVIEW_RUN) $(if $(RANGE),--range $(RANGE),$(abspath $(PATCH)))

review-hook: deps
	$(MAKE) all
	@test -n "$(KERNEL_TREE)" || { echo "make review-hook KERNEL_TREE=<git kernel tree> [BUILD_DIR=<dir>]" >&2; exit 2; }
	@$(REVIEW_ENV) $(REVIEW_RUN) --install-hook

review-check: deps
	$(MAKE) all
	KERNEL=$(KERNEL) ARCH=$(ARCH) bash testsuite/kernel/review-check.sh

# The bot's speed (NOTES section 6): an mm/ patch and a header patch.
review-bench: deps
	$(MAKE) all
	KERNEL=$(KERNEL) ARCH=$(ARCH) bash testsuite/review/bench.sh

# The Coccinelle rules through the kernel's own coccicheck on mm/, and the
# mutation corpus through them (NOTES: which tool catches what).
# Both trees by default (COCCI_KERNELS=6.12 for one): mm/, fs/proc/task_mmu.c,
# kernel/events/uprobes.c and the five arches' mm/ through every generated
# rule (coccicheck on mm/ timed apart: the 30-second budget), then the
# mutation corpus.
COCCI_KERNELS ?= 6.12 6.1
cocci-kernel-check: deps
	status=0; for k in $(COCCI_KERNELS); do \
		KERNEL=$$k bash testsuite/kernel/cocci-kernel-check.sh || status=1; \
	done; exit $$status

# The rule-pack audit: every lock contract a tree states, and how the pack
# resolves it (testsuite/inventory/; NOTES section 8).
.PHONY: inventory
inventory: $(BUILD)/packdump
	@tree=$(KERNEL); version=$(KERNEL); \
	if [ ! -d "$$tree" ]; then tree=$${LOCKRULES_CACHE:-$$HOME/.cache/lockrules}/linux-source-$(KERNEL); \
	else version=$$(make -s -C "$$tree" kernelversion | cut -d. -f1,2); fi; \
	[ -f "$$tree/Makefile" ] || { echo "no tree at $$tree: run 'make kernel-check KERNEL=$(KERNEL)'" >&2; exit 2; }; \
	$(PYTHON) plugin/tools/inventory.py "$$tree" "$$version" --check --table

clean:
	rm -rf $(BUILD) plugin/lockrules.so plugin/*/lockrules.so testsuite/engine/engine_test $(SPARSE_BIN)
